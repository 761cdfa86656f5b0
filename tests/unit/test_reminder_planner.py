"""The reminder planner: working days, Dutch holidays, daylight saving, policies (pure, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.errors import InvalidInput
from commitments.reminders.planner import (
    advance_slots,
    future_slots,
    next_digest,
    next_overdue_slot,
    slot_moment,
)
from commitments.reminders.policy import ReminderPolicy, parse_policy_change

AMS = ZoneInfo("Europe/Amsterdam")
POLICY = ReminderPolicy()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)


def names_and_days(deadline: date, policy: ReminderPolicy = POLICY) -> dict[str, date]:
    return {slot.name: slot.due_at.astimezone(AMS).date() for slot in advance_slots(deadline, policy)}


def test_default_slots_on_an_ordinary_friday_deadline() -> None:
    assert names_and_days(date(2026, 12, 11)) == {
        "before_10": date(2026, 11, 27),
        "before_5": date(2026, 12, 4),
        "before_1": date(2026, 12, 10),
        "on_day": date(2026, 12, 11),
    }
    slots = advance_slots(date(2026, 12, 11), POLICY)
    assert all(slot.due_at.astimezone(AMS).time() == time(9) for slot in slots)


def test_weekends_are_skipped_when_counting_back() -> None:
    # Monday deadline: one working day before is the Friday, five before is the Monday a week earlier
    days = names_and_days(date(2026, 11, 30))
    assert days["before_1"] == date(2026, 11, 27)
    assert days["before_5"] == date(2026, 11, 23)


def test_koningsdag_is_not_a_working_day() -> None:
    # Tuesday 28 April 2026; Monday 27 April is Koningsdag
    assert names_and_days(date(2026, 4, 28))["before_1"] == date(2026, 4, 24)


def test_pinksteren_and_hemelvaart_are_skipped() -> None:
    # Tuesday 26 May 2026: Pinkstermaandag is 25 May, Hemelvaartsdag 14 May
    days = names_and_days(date(2026, 5, 26))
    assert days["before_1"] == date(2026, 5, 22)
    assert days["before_10"] == date(2026, 5, 8)  # 22 21 20 19 18 15 13 12 11 8: 14 May skipped


def test_deadline_on_a_saturday_is_reminded_on_the_friday_once() -> None:
    days = names_and_days(date(2026, 12, 12))
    assert days["on_day"] == date(2026, 12, 11)
    assert "before_1" not in days  # it would be the same moment


@pytest.mark.parametrize(
    ("deadline", "slot", "expected_utc"),
    [
        # spring forward on Sunday 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after
        (date(2026, 3, 30), "before_1", utc(2026, 3, 27, 8)),
        (date(2026, 3, 30), "on_day", utc(2026, 3, 30, 7)),
        # fall back on Sunday 25 October 2026: 09:00 is 07:00 UTC before, 08:00 UTC after
        (date(2026, 10, 26), "before_1", utc(2026, 10, 23, 7)),
        (date(2026, 10, 26), "on_day", utc(2026, 10, 26, 8)),
    ],
)
def test_daylight_saving_switch_keeps_nine_o_clock_local(
    deadline: date, slot: str, expected_utc: datetime
) -> None:
    assert slot_moment(slot, deadline, POLICY) == expected_utc


def test_future_slots_leave_out_the_past_and_add_the_next_overdue_one() -> None:
    deadline = date(2026, 12, 11)
    now = local(2026, 12, 4, 9, 0, 1)  # just after before_5
    slots = future_slots(deadline, POLICY, now)
    assert [slot.name for slot in slots] == ["before_1", "on_day", "overdue_1"]
    assert slots[-1].due_at == local(2026, 12, 18, 9).astimezone(UTC)


def test_future_slots_leave_out_what_went_out_already() -> None:
    deadline = date(2026, 12, 11)
    now = local(2026, 12, 4, 8)  # before_5 is due at 9:00 today, but went out at 6:50
    slots = future_slots(deadline, POLICY, now, lambda slot: slot.name == "before_5")
    assert [slot.name for slot in slots] == ["before_1", "on_day", "overdue_1"]
    assert future_slots(deadline, POLICY, now)[0].name == "before_5"


def test_a_delivered_overdue_reminder_makes_way_for_the_next_week() -> None:
    deadline = date(2026, 11, 6)
    now = local(2026, 11, 20, 7)  # overdue_2 is due at 9:00 today
    assert next_overdue_slot(deadline, POLICY, now).name == "overdue_2"
    following = next_overdue_slot(deadline, POLICY, now, lambda slot: slot.name == "overdue_2")
    assert (following.name, following.due_at) == ("overdue_3", local(2026, 11, 27, 9).astimezone(UTC))


@pytest.mark.parametrize(
    ("days", "every", "expected"),
    [
        ((1,), 7, "1 werkdag vooraf, op de dag zelf, elke 7 dagen zolang"),
        ((3,), 1, "3 werkdagen vooraf, op de dag zelf, elke dag zolang"),
        ((5, 1), 14, "5 en 1 werkdagen vooraf, op de dag zelf, elke 14 dagen zolang"),
    ],
)
def test_the_policy_line_uses_singular_and_plural(days: tuple[int, ...], every: int, expected: str) -> None:
    line = ReminderPolicy(days_before=days, overdue_every_days=every).describe()
    assert line.startswith(expected)
    assert "(en)" not in line


def test_overdue_reminders_are_weekly_and_skip_christmas() -> None:
    deadline = date(2026, 12, 18)  # + 7 days is Christmas: moved to Monday 28 December
    first = next_overdue_slot(deadline, POLICY, local(2026, 12, 19, 12))
    assert (first.name, first.due_at) == ("overdue_1", local(2026, 12, 28, 9).astimezone(UTC))
    later = next_overdue_slot(deadline, POLICY, local(2027, 3, 1, 12))
    assert later.name == "overdue_11"
    assert later.due_at == local(2027, 3, 5, 9).astimezone(UTC)


def test_long_overdue_commitment_gets_only_the_next_overdue_slot() -> None:
    slots = future_slots(date(2020, 1, 31), POLICY, local(2026, 11, 22, 12))
    assert len(slots) == 1
    assert slots[0].name.startswith("overdue_")
    assert slots[0].due_at > local(2026, 11, 22, 12)
    assert slots[0].due_at - local(2026, 11, 22, 12) <= timedelta(days=7)


def test_a_policy_change_changes_slots_and_time() -> None:
    policy = parse_policy_change(["3,1", "14:30"], POLICY)
    assert policy.days_before == (3, 1)
    slots = advance_slots(date(2026, 12, 11), policy)
    assert [slot.name for slot in slots] == ["before_3", "before_1", "on_day"]
    assert {slot.due_at.astimezone(AMS).time() for slot in slots} == {time(14, 30)}
    assert slot_moment("before_10", date(2026, 12, 11), policy) is None


def test_a_time_after_overzicht_and_a_weekday_are_the_digests() -> None:
    policy = parse_policy_change(["5", "08:30", "Overzicht", "donderdag", "16:15"], POLICY)
    assert (policy.days_before, policy.local_time) == ((5,), time(8, 30))
    assert (policy.digest_weekday, policy.digest_time) == (3, time(16, 15))
    only_digest = parse_policy_change(["weekoverzicht", "7:45"], POLICY)
    assert (only_digest.local_time, only_digest.digest_time) == (POLICY.local_time, time(7, 45))
    assert "overzicht op donderdag om 16:15" in policy.describe()


@pytest.mark.parametrize("words", [["overzicht"], ["10,5", "weekoverzicht"], ["Overzicht"]])
def test_overzicht_without_a_day_or_time_is_refused_not_answered_changed(words: list[str]) -> None:
    """Found in a user trial: "/herinneringen overzicht" answered "Herinneringen aangepast" and changed
    nothing; a day or time after it still sets the digest."""
    with pytest.raises(InvalidInput, match="Geef na ‘overzicht’ een dag of tijd"):
        parse_policy_change(words, POLICY)
    assert parse_policy_change(["weekoverzicht", "dinsdag"], POLICY).digest_weekday == 1


def test_a_bare_number_after_overzicht_is_the_digest_s_hour_not_days_before() -> None:
    """Found in a user trial: "/herinneringen overzicht zondag 9" (09:00) replaced the team's 10,5,1 days
    before with 9, without a word."""
    policy = parse_policy_change(["overzicht", "zondag", "9"], POLICY)
    assert (policy.days_before, policy.digest_weekday, policy.digest_time) == (
        POLICY.days_before,
        6,
        time(9, 0),
    )
    assert parse_policy_change(["overzicht", "17u"], POLICY).digest_time == time(17, 0)
    with pytest.raises(InvalidInput, match="‘3,1’ begrijp ik niet"):
        parse_policy_change(["overzicht", "vrijdag", "3,1"], POLICY)


def test_zero_turns_off_advance_reminders() -> None:
    assert parse_policy_change(["0"], POLICY).days_before == ()


@pytest.mark.parametrize("words", [["tien"], ["61"], ["25:00"]])
def test_unreadable_policy_changes_are_refused(words: list[str]) -> None:
    with pytest.raises(InvalidInput):
        parse_policy_change(words, POLICY)


def test_digest_is_on_monday_and_moves_off_easter_monday() -> None:
    digest = next_digest(POLICY, local(2026, 11, 22, 12))  # a Sunday
    assert (digest.name, digest.due_at) == ("digest_2026-11-23", local(2026, 11, 23, 9).astimezone(UTC))
    easter = next_digest(POLICY, local(2026, 4, 5, 12))
    assert (easter.name, easter.due_at) == ("digest_2026-04-06", local(2026, 4, 7, 9).astimezone(UTC))
    after = next_digest(POLICY, local(2026, 11, 23, 9, 0, 1))
    assert after.name == "digest_2026-11-30"


def test_a_weekend_day_chosen_for_the_digest_is_kept() -> None:
    """Found in a user trial: "/herinneringen overzicht zondag" sent the digest on Monday, unsaid. A chosen
    Saturday or Sunday holds, also on a holiday Sunday (Easter); a weekday holiday still moves."""
    sunday = ReminderPolicy(digest_weekday=6, digest_time=time(18, 30))
    digest = next_digest(sunday, local(2026, 11, 25, 12))  # a Wednesday
    assert (digest.name, digest.due_at) == ("digest_2026-11-29", local(2026, 11, 29, 18, 30).astimezone(UTC))
    easter = next_digest(sunday, local(2026, 4, 1, 12))
    assert easter.due_at == local(2026, 4, 5, 18, 30).astimezone(UTC)
    saturday = next_digest(ReminderPolicy(digest_weekday=5), local(2026, 11, 28, 9, 0, 1))  # just past
    assert saturday.due_at == local(2026, 12, 5, 9).astimezone(UTC)
    kings_day = next_digest(ReminderPolicy(digest_weekday=0), local(2026, 4, 26, 12))  # Monday 27 April
    assert kings_day.due_at == local(2026, 4, 28, 9).astimezone(UTC)


_NL = holidays.country_holidays("NL")


@given(
    deadline=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    days=st.sets(st.integers(min_value=1, max_value=30), max_size=4),
    hour=st.integers(min_value=6, max_value=20),
)
def test_every_moment_is_on_a_working_day_at_the_local_time(
    deadline: date, days: set[int], hour: int
) -> None:
    policy = ReminderPolicy(days_before=tuple(sorted(days, reverse=True)), local_time=time(hour))
    slots = [*advance_slots(deadline, policy), next_overdue_slot(deadline, policy, local(2024, 1, 1))]
    assert len({slot.due_at for slot in slots}) == len(slots)
    for slot in slots:
        moment = slot.due_at.astimezone(AMS)
        assert moment.time() == time(hour)
        assert moment.weekday() < 5
        assert moment.date() not in _NL
        is_advance = not slot.name.startswith("overdue_")
        assert (moment.date() <= deadline) == is_advance
