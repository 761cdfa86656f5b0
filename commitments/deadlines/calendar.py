"""The parliamentary calendar: Tweede Kamer recesses, Prinsjesdag and the budget notes.

The facts ship in ``config/data/recesses.csv`` and ``config/data/events.csv``. A file with the same name
in an override directory (the bot's data directory) corrects or extends them without a code change: its
rows replace shipped rows with the same key and add the others. A recess that no row covers is estimated
from the usual pattern; such a recess, and any row whose status is not ``confirmed``, is an estimate.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

RECESSES_FILE = "recesses.csv"
EVENTS_FILE = "events.csv"
STATUSES = frozenset({"confirmed", "reported", "derived"})
ESTIMATED = "estimated"
RECESS_NAMES = ("voorjaarsreces", "meireces", "zomerreces", "herfstreces", "kerstreces", "verkiezingsreces")
ALIASES = {"krokusreces": "voorjaarsreces"}
ONE_DAY = dt.timedelta(days=1)


class CalendarError(ValueError):
    """A calendar file has a bad row; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Recess:
    """One recess, first and last day inclusive."""

    name: str
    first_day: dt.date
    last_day: dt.date
    status: str = "confirmed"
    source: str = ""

    @property
    def estimate(self) -> bool:
        return self.status != "confirmed"


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A date from the calendar and whether it is an estimate."""

    date: dt.date
    estimate: bool


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


FRIDAY, TUESDAY = 4, 1

# The usual pattern: when a recess starts (a Friday) and how many days later it ends (a Monday).
_PATTERN: dict[str, tuple[Callable[[int], dt.date], int]] = {
    "voorjaarsreces": (lambda y: _weekday_on_or_after(dt.date(y, 2, 12), FRIDAY), 10),
    "meireces": (lambda y: _weekday_on_or_before(dt.date(y, 4, 27), FRIDAY), 17),
    "zomerreces": (lambda y: _weekday_on_or_after(dt.date(y, 7, 1), FRIDAY), 59),
    "herfstreces": (lambda y: _weekday_on_or_after(dt.date(y, 10, 10), FRIDAY), 10),
    "kerstreces": (lambda y: _weekday_on_or_after(dt.date(y, 12, 17), FRIDAY), 24),
}


def prinsjesdag_rule(year: int) -> dt.date:
    """The third Tuesday of September (Grondwet art. 65)."""
    return _weekday_on_or_after(dt.date(year, 9, 1), TUESDAY) + dt.timedelta(weeks=2)


def canonical_recess(name: str) -> str:
    """``krokusreces`` -> ``voorjaarsreces``; other names as they are, in lower case."""
    name = name.strip().lower()
    return ALIASES.get(name, name)


class Calendar:
    """Recesses and parliamentary events, with estimates where the table is silent."""

    def __init__(
        self, recesses: Iterable[Recess] = (), events: Iterable[tuple[str, int | None, str, str]] = ()
    ) -> None:
        self._recesses: dict[tuple[str, int], Recess] = {}
        for recess in recesses:
            self._recesses[(recess.name, recess.first_day.year)] = recess
        # (event, year or None for every year) -> (ISO date or MM-DD, status)
        self._events: dict[tuple[str, int | None], tuple[str, str]] = {}
        for name, year, value, status in events:
            self._events[(name, year)] = (value, status)

    @property
    def recesses(self) -> list[Recess]:
        """The table rows (no estimates), in date order."""
        return sorted(self._recesses.values(), key=lambda r: r.first_day)

    def recess(self, name: str, year: int) -> Recess | None:
        """The recess of that name starting in ``year``: the table row, else an estimate, else None."""
        name = canonical_recess(name)
        row = self._recesses.get((name, year))
        if row is not None:
            return row
        if name not in _PATTERN:
            return None
        first_day_of, length = _PATTERN[name]
        first = first_day_of(year)
        return Recess(name, first, first + dt.timedelta(days=length), ESTIMATED, "usual pattern")

    def next_recess(self, on_or_after: dt.date, name: str | None = None) -> Recess | None:
        """The first recess (of that name, or of any) starting on or after the given day."""
        upcoming = [r for r in self._around(on_or_after, name) if r.first_day >= on_or_after]
        return min(upcoming, key=lambda r: r.first_day, default=None)

    def ongoing_or_next(self, day: dt.date, name: str | None = None) -> Recess | None:
        """The recess (of that name, or of any) under way on the given day, else the next one."""
        current = [r for r in self._around(day, name) if r.last_day >= day]
        return min(current, key=lambda r: r.first_day, default=None)

    def _around(self, day: dt.date, name: str | None) -> list[Recess]:
        candidates: list[Recess] = []
        for year in range(day.year - 1, day.year + 2):
            candidates.extend(self._recesses_in(year, name))
        return candidates

    def _recesses_in(self, year: int, name: str | None) -> list[Recess]:
        if name is not None:
            found = self.recess(name, year)
            return [found] if found else []
        rows = [r for (_, y), r in self._recesses.items() if y == year]
        for pattern_name in _PATTERN:
            estimate = self.recess(pattern_name, year)
            # An estimate that collides with a real row (e.g. a verkiezingsreces replacing the
            # herfstreces) is not a recess of its own.
            if estimate is not None and not any(_overlap(estimate, row) for row in rows):
                rows.append(estimate)
        return rows

    def event(self, name: str, year: int) -> CalendarDate | None:
        """Prinsjesdag, the Voorjaarsnota, the Najaarsnota (or any event in the table) in ``year``."""
        for key in ((name, year), (name, None)):
            if key in self._events:
                value, status = self._events[key]
                day = dt.date.fromisoformat(value if key[1] is not None else f"{year:04d}-{value}")
                return CalendarDate(day, status != "confirmed")
        if name == "prinsjesdag":
            return CalendarDate(prinsjesdag_rule(year), False)
        return None


def _overlap(a: Recess, b: Recess) -> bool:
    return a.first_day <= b.last_day and b.first_day <= a.last_day


def _parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CalendarError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _rows(text: str, origin: str, columns: tuple[str, ...]) -> Iterable[tuple[str, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = set(columns) - set(reader.fieldnames or ())
    if missing:
        raise CalendarError(f"{origin}: missing column(s) {', '.join(sorted(missing))}")
    for row in reader:
        if not any((value or "").strip() for value in row.values()):
            continue
        yield f"{origin} line {reader.line_num}", {k: (v or "").strip() for k, v in row.items() if k}


def _status(value: str, where: str) -> str:
    if value not in STATUSES:
        raise CalendarError(f"{where}: status {value!r} is not one of {', '.join(sorted(STATUSES))}")
    return value


def parse_recesses(text: str, origin: str = RECESSES_FILE) -> list[Recess]:
    """Rows ``recess,first_day,last_day,status,source`` of a recess file."""
    result = []
    for where, row in _rows(text, origin, ("recess", "first_day", "last_day", "status")):
        name = canonical_recess(row["recess"])
        if name not in RECESS_NAMES:
            raise CalendarError(f"{where}: unknown recess {row['recess']!r}")
        first = _parse_date(row["first_day"], where)
        last = _parse_date(row["last_day"], where)
        if last < first:
            raise CalendarError(f"{where}: last_day before first_day")
        result.append(Recess(name, first, last, _status(row["status"], where), row.get("source", "")))
    return result


def parse_events(text: str, origin: str = EVENTS_FILE) -> list[tuple[str, int | None, str, str]]:
    """Rows ``event,year,date,status,source``; year ``*`` with date ``MM-DD`` means every year."""
    result: list[tuple[str, int | None, str, str]] = []
    for where, row in _rows(text, origin, ("event", "year", "date", "status")):
        name = row["event"].lower()
        if row["year"] == "*":
            _parse_date(f"2000-{row['date']}", where)  # validates MM-DD (2000 has 29 February)
            year = None
        elif row["year"].isdigit():
            year = int(row["year"])
            if _parse_date(row["date"], where).year != year:
                raise CalendarError(f"{where}: date not in year {year}")
        else:
            raise CalendarError(f"{where}: year must be a number or '*'")
        result.append((name, year, row["date"], _status(row["status"], where)))
    return result


def _shipped(filename: str) -> str:
    return resources.files("config").joinpath("data", filename).read_text(encoding="utf-8")


def load_calendar(override_dir: Path | None = None) -> Calendar:
    """The shipped calendar, with the rows of ``<override_dir>/recesses.csv`` and ``events.csv`` on top."""
    recesses = parse_recesses(_shipped(RECESSES_FILE))
    events = parse_events(_shipped(EVENTS_FILE))
    if override_dir is not None:
        recess_file = override_dir / RECESSES_FILE
        if recess_file.is_file():
            recesses += parse_recesses(recess_file.read_text(encoding="utf-8"), str(recess_file))
        events_file = override_dir / EVENTS_FILE
        if events_file.is_file():
            events += parse_events(events_file.read_text(encoding="utf-8"), str(events_file))
    return Calendar(recesses, events)


@lru_cache(maxsize=1)
def _shipped_calendar() -> Calendar:
    return load_calendar()


_configured: Calendar | None = None


def configure_calendar(override_dir: Path) -> Calendar:
    """Load the calendar with the administrator's corrections in ``override_dir`` (the data directory)
    and make it the one every resolution in this process uses. Entry points call this at start-up, so a
    bad correction file stops them there, with its file and line."""
    global _configured
    _configured = load_calendar(override_dir)
    return _configured


def default_calendar() -> Calendar:
    """The calendar of this process: the configured one, else the shipped one (loaded once)."""
    return _configured if _configured is not None else _shipped_calendar()


def day_before(recess: Recess) -> CalendarDate:
    """The deadline "voor het <recess>": the day before it starts."""
    return CalendarDate(recess.first_day - ONE_DAY, recess.estimate)
