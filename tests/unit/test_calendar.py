"""The parliamentary calendar: shipped facts, estimates and the administrator's override."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from commitments.deadlines import CalendarError, load_calendar, resolve
from commitments.deadlines.calendar import Calendar, prinsjesdag_rule

D = dt.date


def test_shipped_rows_and_their_status() -> None:
    cal = load_calendar()
    summer_2024 = cal.recess("zomerreces", 2024)
    assert summer_2024 is not None
    assert (summer_2024.first_day, summer_2024.last_day, summer_2024.estimate) == (
        D(2024, 7, 5),
        D(2024, 9, 2),
        False,
    )
    summer_2020 = cal.recess("zomerreces", 2020)  # a derived row
    assert summer_2020 is not None
    assert summer_2020.first_day == D(2020, 7, 3)
    assert summer_2020.estimate
    christmas_2017 = cal.recess("kerstreces", 2017)  # keyed by the year it starts in
    assert christmas_2017 is not None
    assert christmas_2017.last_day == D(2018, 1, 15)
    assert cal.recess("krokusreces", 2024) == cal.recess("voorjaarsreces", 2024)
    assert len(cal.recesses) == 27


@pytest.mark.parametrize(
    ("name", "year", "first", "last"),
    [
        ("zomerreces", 2027, D(2027, 7, 2), D(2027, 8, 30)),  # first Friday of July
        ("kerstreces", 2022, D(2022, 12, 23), D(2023, 1, 16)),  # the Friday between 17 and 23 December
        ("kerstreces", 2018, D(2018, 12, 21), D(2019, 1, 14)),
        ("herfstreces", 2024, D(2024, 10, 11), D(2024, 10, 21)),
        ("meireces", 2025, D(2025, 4, 25), D(2025, 5, 12)),
        ("voorjaarsreces", 2025, D(2025, 2, 14), D(2025, 2, 24)),
    ],
)
def test_missing_recess_is_estimated_from_the_usual_pattern(name: str, year: int, first: D, last: D) -> None:
    recess = load_calendar().recess(name, year)
    assert recess is not None
    assert (recess.first_day, recess.last_day, recess.status, recess.estimate) == (
        first,
        last,
        "estimated",
        True,
    )
    assert recess.first_day.weekday() == 4
    assert recess.last_day.weekday() == 0


def test_the_pattern_reproduces_most_confirmed_rows() -> None:
    estimator = Calendar()  # no rows: every recess is an estimate
    confirmed = [r for r in load_calendar().recesses if r.status == "confirmed"]
    same = []
    for row in confirmed:
        guess = estimator.recess(row.name, row.first_day.year)
        if guess is not None and (guess.first_day, guess.last_day) == (row.first_day, row.last_day):
            same.append(row)
    assert len(same) >= len(confirmed) * 2 // 3


def test_an_unknown_election_recess_is_not_guessed() -> None:
    assert load_calendar().recess("verkiezingsreces", 2030) is None


def test_next_recess_skips_an_estimate_that_collides_with_a_real_row() -> None:
    cal = load_calendar()
    nxt = cal.next_recess(D(2025, 9, 5))  # the 2025 verkiezingsreces replaced the herfstreces
    assert nxt is not None
    assert (nxt.name, nxt.first_day) == ("verkiezingsreces", D(2025, 10, 3))
    assert cal.next_recess(D(2025, 9, 5), "kerstreces") == cal.recess("kerstreces", 2025)
    ongoing = cal.ongoing_or_next(D(2024, 8, 1))
    assert ongoing is not None
    assert ongoing.name == "zomerreces"
    assert ongoing.first_day.year == 2024


def test_prinsjesdag() -> None:
    listed = {
        2018: 18,
        2019: 17,
        2020: 15,
        2021: 21,
        2022: 20,
        2023: 19,
        2024: 17,
        2025: 16,
        2026: 15,
        2027: 21,
    }
    for year, day in listed.items():
        assert prinsjesdag_rule(year) == D(year, 9, day)
        found = load_calendar().event("prinsjesdag", year)
        assert found is not None
        assert (found.date, found.estimate) == (D(year, 9, day), False)
    later = load_calendar().event("prinsjesdag", 2031)
    assert later is not None
    assert later.date == D(2031, 9, 16)


def test_budget_notes() -> None:
    cal = load_calendar()
    spring = cal.event("voorjaarsnota", 2024)
    assert spring is not None
    assert (spring.date, spring.estimate) == (D(2024, 6, 1), False)
    autumn = cal.event("najaarsnota", 2024)
    assert autumn is not None
    assert autumn.estimate
    assert cal.event("onbekend", 2024) is None


def test_override_corrects_and_extends(tmp_path: Path) -> None:
    (tmp_path / "recesses.csv").write_text(
        "recess,first_day,last_day,status,source\n"
        "zomerreces,2020-07-03,2020-08-31,confirmed,tweedekamer.nl\n"
        "zomerreces,2027-07-09,2027-09-06,confirmed,tk\n"
        "krokusreces,2027-02-19,2027-03-01,reported,news\n",
        encoding="utf-8",
    )
    (tmp_path / "events.csv").write_text(
        "event,year,date,status,source\nvoorjaarsnota,2025,2025-05-30,confirmed,brief\n", encoding="utf-8"
    )
    cal = load_calendar(tmp_path)
    summer_2020 = cal.recess("zomerreces", 2020)
    assert summer_2020 is not None
    assert not summer_2020.estimate
    summer_2027 = cal.recess("zomerreces", 2027)
    assert summer_2027 is not None
    assert summer_2027.first_day == D(2027, 7, 9)
    assert not summer_2027.estimate
    spring_2027 = cal.recess("voorjaarsreces", 2027)
    assert spring_2027 is not None
    assert spring_2027.estimate
    assert spring_2027.status == "reported"
    note = cal.event("voorjaarsnota", 2025)
    assert note is not None
    assert note.date == D(2025, 5, 30)
    assert cal.event("voorjaarsnota", 2026) is not None  # the every-year rule still applies
    best = resolve("voor de zomer", D(2027, 1, 4), cal)
    assert best is not None
    assert (best.date, best.estimate) == (D(2027, 7, 8), False)


def test_missing_override_dir_is_fine(tmp_path: Path) -> None:
    assert load_calendar(tmp_path / "absent").recesses == load_calendar().recesses


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("recess,first_day,status\nzomerreces,2027-07-02,confirmed\n", "missing column"),
        ("recess,first_day,last_day,status\nzomerreces,2027-07-02,2027-13-01,confirmed\n", "line 2"),
        (
            "recess,first_day,last_day,status\nzomerreces,2027-07-09,2027-07-02,confirmed\n",
            "before first_day",
        ),
        ("recess,first_day,last_day,status\npaasreces,2027-04-02,2027-04-12,confirmed\n", "unknown recess"),
        ("recess,first_day,last_day,status\nzomerreces,2027-07-02,2027-08-30,zeker\n", "status"),
    ],
)
def test_bad_override_rows_are_reported(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "recesses.csv").write_text(content, encoding="utf-8")
    with pytest.raises(CalendarError, match=message):
        load_calendar(tmp_path)


@pytest.mark.parametrize(
    "content",
    [
        "event,year,date,status\nvoorjaarsnota,*,02-30,confirmed\n",
        "event,year,date,status\nprinsjesdag,2027,2026-09-15,confirmed\n",
        "event,year,date,status\nprinsjesdag,volgend,2027-09-21,confirmed\n",
    ],
)
def test_bad_event_rows_are_reported(tmp_path: Path, content: str) -> None:
    (tmp_path / "events.csv").write_text(content, encoding="utf-8")
    with pytest.raises(CalendarError):
        load_calendar(tmp_path)
