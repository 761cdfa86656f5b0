"""What each deadline pattern means: the handlers that turn a match into a date (CONVENTIONS.md table)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from commitments.deadlines import patterns as p
from commitments.deadlines.calendar import Calendar, CalendarDate, Recess, day_before
from commitments.deadlines.model import Strength
from commitments.deadlines.numbers import parse_number
from commitments.deadlines.periods import (
    UNITS,
    add_period,
    latest_before,
    month_end,
    nearest,
    season_bounds,
    season_end_ahead,
    upcoming,
)
from commitments.deadlines.recurrence import RECURRENCE_MONTHS
from commitments.scan import matches_at

STRONG_MARKERS = frozenset({"uiterlijk", "ten laatste", "voor", "vóór", "voorafgaand aan"})
START_MARKERS = frozenset({"per", "vanaf", "met ingang van", "sinds"})  # when something begins, not when due
WEAK_MARKERS = START_MARKERS | {"tot", "tot en met", "t/m", "na", "tussen"}
BEFORE_MARKERS = frozenset({"voor", "vóór", "voorafgaand aan", "tot", "uiterlijk", "ten laatste"})
BUDGET_MARKERS = frozenset({"bij", "met", "tegelijk met", "gelijktijdig met"})
EVENT_MARKERS = BUDGET_MARKERS | BEFORE_MARKERS | {"rond", "rondom", "omstreeks", "op", "in", "tijdens"}
JL_RULES = frozenset({"date-jl", "month-jl", "letter-date"})


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler knows besides its match: the reference date, the calendar, the words in front."""

    reference: dt.date
    calendar: Calendar
    markers: tuple[str, ...]  # "nog voor" -> ("nog", "voor")
    before: str  # the text before the markers

    def has(self, words: frozenset[str] | set[str]) -> bool:
        return not words.isdisjoint(self.markers)

    def strength(self, default: Strength = Strength.NORMAL) -> Strength:
        if self.has(STRONG_MARKERS):
            return Strength.STRONG
        if self.has(WEAK_MARKERS):
            return Strength.WEAK
        return default

    @property
    def starts(self) -> bool:
        """The phrase names when something begins ("vanaf 1 september", "per 2025"), not when it is due."""
        return self.has(START_MARKERS)

    @property
    def looking_back(self) -> bool:
        return self.has({"sinds"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A handler's reading of a match."""

    date: dt.date | None
    rule: str
    strength: Strength = Strength.NORMAL
    estimate: bool = False
    recurring: str | None = None
    backward: bool = False


Handler = Callable[[re.Match[str], Context], Hit | None]


IMPOSSIBLE_DATE = "impossible-date"
"""The rule of a written day that does not exist: its phrase is found, without a date."""


def _vague(rule: str, ctx: Context) -> Hit:
    return Hit(None, rule, ctx.strength())


_DATED_AFTER = frozenset({"after-summer", "after-recess"})
"""Rules of a moment after which CONVENTIONS gives a date ("na de zomer" 09-30, "na het kerstreces" 01-31)."""


def after_moment(hit: Hit, ctx: Context) -> Hit:
    """``hit`` read after its "na": a moment after which something happens ("na 1 maart", "na Q1 2027") is
    no deadline, the opposite of "voor 1 maart"; its phrase is kept without a date so a person is asked,
    unless CONVENTIONS dates it (:data:`_DATED_AFTER`). A moment looked back on stays as it is."""
    if hit.date is None or hit.backward or hit.rule in _DATED_AFTER or not ctx.has({"na"}):
        return hit
    return _vague("after-moment", ctx)


def _explicit_year(m: re.Match[str], group: str, ref: dt.date) -> tuple[int | None, bool]:
    """The year written after a period (digits or "dit/volgend jaar") and whether it lies behind."""
    if m.group(group):
        return int(m.group(group)), False
    rel = m.group(f"{group}_rel")
    if rel:
        offset = p.REL_YEAR_WORDS[_norm(rel)]
        return ref.year + offset, offset < 0
    return None, False


def _place(
    ctx: Context, build: Callable[[int], dt.date | None], year: int | None, back: bool
) -> dt.date | None:
    """Year inference: the given year, else the first occurrence on or after the reference date
    (or the last one before it for a phrase that points back)."""
    if year is not None:
        try:
            return build(year)
        except ValueError:
            return None
    return latest_before(ctx.reference, build) if back else upcoming(ctx.reference, build)


def _direction(m: re.Match[str]) -> str | None:
    """ "as" for a.s./aanstaande, "jl" for jl./jongstleden, else None."""
    word = (m.group("dir") or "").lower()
    if not word:
        return None
    return "jl" if word.startswith("j") else "as"


# --- explicit dates ---------------------------------------------------------------------------------


def explicit_date(m: re.Match[str], ctx: Context) -> Hit | None:
    day, month = int(m.group("day")), p.MONTHS[m.group("month").lower().rstrip(".")]
    year, back = _explicit_year(m, "year", ctx.reference)
    direction = _direction(m)
    back = back or direction == "jl" or ctx.looking_back
    document = p.names_document_before(ctx.before)

    def build(y: int) -> dt.date:
        return dt.date(y, month, day)

    if document and year is None and not (back or direction):
        # "het debat van 19 augustus", "het notaoverleg op 25 januari": the meeting nearest in time.
        date = nearest(ctx.reference, build)
    else:
        date = _place(ctx, build, year, back)
    if date is None:  # "31 februari", "29 februari 2027": no such day, and no month to fall back on either
        return _vague(IMPOSSIBLE_DATE, ctx)
    if not (back or direction == "jl") and p.names_week_before(ctx.before):
        return _vague("week", ctx)  # "in de week van 12 januari": CONVENTIONS gives a week no day
    if direction == "as":
        return Hit(date, "date-as", Strength.STRONG)
    if direction == "jl":
        return Hit(date, "date-jl", Strength.WEAK, backward=True)
    if p.names_letter_date_before(ctx.before) and not ctx.markers:
        return Hit(date, "letter-date", Strength.WEAK, backward=True)
    return Hit(date, "date", Strength.WEAK if document else ctx.strength(), backward=back)


def numeric_date(m: re.Match[str], ctx: Context) -> Hit | None:
    if m.group("iso_year"):
        parts = (m.group("iso_year"), m.group("iso_month"), m.group("iso_day"))
    else:
        parts = (m.group("year"), m.group("month"), m.group("day"))
    try:
        date = dt.date(*(int(x) for x in parts))
    except ValueError:  # "31-02-2027": a day written in figures that does not exist, as "31 februari 2027"
        return _vague(IMPOSSIBLE_DATE, ctx) if 1 <= int(parts[1]) <= 12 else None
    return Hit(date, "date", ctx.strength())


def weekday_ahead(m: re.Match[str], ctx: Context) -> Hit:
    weekday = p.WEEKDAYS[(m.group("weekday") or m.group("weekday2")).lower()]
    days = (weekday - ctx.reference.weekday() - 1) % 7 + 1  # strictly after the reference date
    return Hit(ctx.reference + dt.timedelta(days=days), "weekday-as", Strength.STRONG)


# --- months --------------------------------------------------------------------------------------


_MONTH_MODS = ("begin", "mid", "end", "half", "week")
# The modifier groups in front of the first month ("mod") and of the second month of a range ("mod2"), in the
# order of _MONTH_MODS: read with one call of ``Match.group``.
_MOD_GROUPS = {mod: tuple(f"{mod}_{kind}" for kind in _MONTH_MODS) for mod in ("mod", "mod2")}


def _in_month(m: re.Match[str], year: int, month: int, mod: str = "mod") -> tuple[dt.date, str]:
    """Begin / medio / eind / a half / a week of a month: the 10th / 20th / last day, ...

    ``mod`` names the modifier groups read: "mod" in front of the (first) month, "mod2" in front of the
    second month of a range ("eind april/begin mei")."""
    last = month_end(year, month)
    begin, mid, end, half, week = m.group(*_MOD_GROUPS[mod])
    if begin:
        return last.replace(day=10), "month-begin"
    if mid:
        return last.replace(day=20), "month-mid"
    if half:
        first_half = _norm(half).split()[1] in ("eerste", "1e")
        return (last.replace(day=15) if first_half else last), "month-half"
    if week:
        ordinal = p.ORDINALS[_norm(week).split()[1]]
        return (last if ordinal < 0 else last.replace(day=7 * ordinal)), "month-week"
    return last, ("month-end" if end else "month")


def month(m: re.Match[str], ctx: Context) -> Hit | None:
    ref = ctx.reference
    has_mod = any(m.group(*_MOD_GROUPS["mod"]))
    rel = m.group("rel")
    if rel:
        word = rel.lower()
        if word == "de" and not has_mod:
            return None
        offset = {"volgende": 1, "komende": 1, "aankomende": 1, "vorige": -1, "afgelopen": -1}.get(word, 0)
        first = ref.replace(day=1) + relativedelta(months=offset)
        day, rule = _in_month(m, first.year, first.month)
        return Hit(day, rule, ctx.strength(), backward=offset < 0)
    target = p.MONTHS[(m.group("month2") or m.group("month")).lower().rstrip(".")]
    # A range takes its second month's own modifier ("eind april/begin mei"), else the first one's.
    mod = "mod2" if any(m.group(*_MOD_GROUPS["mod2"])) else "mod"
    year, back = _explicit_year(m, "year", ref)
    direction = _direction(m)
    back = back or direction == "jl" or ctx.looking_back
    date = _place(ctx, lambda y: _in_month(m, y, target, mod)[0], year, back)
    if date is None:
        return None
    rule = _in_month(m, date.year, target, mod)[1]
    if direction == "as":
        return Hit(date, rule, Strength.STRONG)
    if direction == "jl":
        return Hit(date, "month-jl", Strength.WEAK, backward=True)
    bare = not (ctx.markers or has_mod or year or m.group("month2"))
    if bare and m.group("month")[0].isupper() and ctx.before.rstrip()[-1:] not in ("", ".", "!", "?", ":"):
        return None  # "Mei Li", "Augustus": a capital inside a sentence makes a name, not a month
    return Hit(date, rule, Strength.WEAK if bare else ctx.strength(), backward=back)


# --- years, quarters, halves ---------------------------------------------------------------------

_YEAR_MARKERS = frozenset(
    {"in", "in de loop van", "ergens in", "voor", "vóór", "uiterlijk", "ten laatste", "al", "nog", "pas",
     "tot", "tot en met", "t/m", "vanaf", "per", "sinds", "tegen", "rond", "omstreeks"}
)  # fmt: skip


def year_phrase(m: re.Match[str], ctx: Context) -> Hit | None:
    ref = ctx.reference
    rel = _norm(m.group("rel") or "")
    mods = {k for k in ("begin", "mid", "end", "later", "earlier") if m.group(f"mod_{k}")}
    if rel:
        if not mods and rel in ("het", "het komende", "het aankomende") and not ctx.has({"in de loop van"}):
            return None  # "het jaar" alone is no moment; "het komende jaar" is a period (RELATIVE)
        offset = p.REL_YEAR_WORDS[rel]
        year, back = ref.year + offset, offset < 0
    else:
        if not mods and not m.group(0).lower().startswith("het") and not ctx.has(_YEAR_MARKERS):
            return None  # a bare "2019" is a number, a title or a report year, not a moment
        year, back = int(m.group("year")), False
    if "earlier" in mods:
        return Hit(dt.date(year, 12, 31), "year", Strength.WEAK, backward=True)
    if not mods and not rel and _before_the_year(ctx):
        # "vóór 2026", "nog voor 2025", "uiterlijk voor 2026": before the year starts
        before = dt.date(year - 1, 12, 31)
        return Hit(before, "before-year", Strength.STRONG, backward=back or ctx.looking_back)
    if "begin" in mods:
        month_day, rule = (3, 31), "year-begin"
    elif "mid" in mods:
        month_day, rule = (6, 30), "year-mid"
    else:
        # "later dit jaar" is the whole year, like "dit jaar": a finer moment beside it says when
        month_day, rule = (12, 31), ("year-end" if mods - {"later"} else "year")
    strength = ctx.strength()
    if strength is Strength.STRONG and not mods and ctx.markers == ("voor",):
        # "de begroting voor 2025", "budget voor 2021": "voor" a year mostly means "for"; a moment stated
        # beside it ("... informeer ik uw Kamer in januari") is the deadline
        strength = Strength.WEAK
    # "vanaf dit jaar", "per 2024" in 2024: what begins with a year begun is under way, no moment ahead
    begun = ctx.starts and not mods and year <= ref.year
    return Hit(dt.date(year, *month_day), rule, strength, backward=back or ctx.looking_back or begun)


def _before_the_year(ctx: Context) -> bool:
    """ "vóór" a year, or "voor" it behind "nog", "uiterlijk", "ten laatste": before it, not "for" it."""
    return "vóór" in ctx.markers or (
        "voor" in ctx.markers and any(m in ctx.markers for m in ("nog", "uiterlijk", "ten laatste"))
    )


_PART_SHARES = (("mod_begin", 4, "-begin"), ("mod_mid", 2, "-mid"), ("mod_end", 1, "-end"))
"""Begin / medio / eind of a part of a year: the end of the month in which its first quarter / its half / its
whole ends, as CONVENTIONS reads "begin 2026" (03-31) and "medio 2026" (06-30) of a whole year."""


def _in_part(m: re.Match[str], year: int, first: int, months: int) -> tuple[dt.date, str]:
    """The day a part of ``year`` of ``months`` months from month ``first`` gives ("Q3": 09-30, "begin Q3":
    07-31, "medio Q3": 08-31, "eind Q3": 09-30) and the rule's suffix for its modifier."""
    share, suffix = next(((n, tail) for group, n, tail in _PART_SHARES if m.group(group)), (1, ""))
    return month_end(year, first - 1 + math.ceil(months / share)), suffix


def _part_of_year(
    m: re.Match[str], ctx: Context, first: int, months: int, rule: str, written: int | None = None
) -> Hit | None:
    """A part of a year ("het derde kwartaal van 2027", "Q3 '27", "H1 2027"): in the ``written`` year of a
    short form, else in the year after it or the first one ahead."""
    if written is not None:
        day, suffix = _in_part(m, written, first, months)
        return Hit(day, rule + suffix, ctx.strength())
    year, back = _explicit_year(m, "year", ctx.reference)
    date = _place(ctx, lambda y: _in_part(m, y, first, months)[0], year, back or ctx.looking_back)
    if date is None:
        return None
    return Hit(date, rule + _in_part(m, date.year, first, months)[1], ctx.strength(), backward=back)


_VAN_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)


def quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    q = int(m.group("q") or m.group("q2") or 0) or p.ORDINALS[m.group("ord").lower()]
    q = 4 if q < 0 else q
    short = m.group("short_year") or m.group("dash_year")
    written = int(short) + (2000 if len(short) == 2 else 0) if short else None
    return _part_of_year(m, ctx, 3 * q - 2, 3, "quarter", written)


def half_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if not (m.group("year") or m.group("year_rel") or m.group("h")) and _VAN_AFTER.match(m.string, m.end()):
        return None  # "de eerste helft van de vergadering"
    if m.group("h"):
        return _part_of_year(m, ctx, 6 * int(m.group("h")) - 5, 6, "half-year", int(m.group("h_year")))
    first = m.group("ord").lower() in ("eerste", "1e", "1ste")
    return _part_of_year(m, ctx, 1 if first else 7, 6, "half-year")


def trimester(m: re.Match[str], ctx: Context) -> Hit | None:
    n = p.ORDINALS[m.group("ord").lower()]
    return _part_of_year(m, ctx, 4 * (3 if n < 0 else n) - 3, 4, "trimester")


# --- seasons, recesses and the budget cycle --------------------------------------------------------

_SEASON_NAMES = {"voorjaar": "voorjaar", "lente": "voorjaar", "zomer": "zomer", "najaar": "najaar",
                 "herfst": "najaar", "winter": "winter"}  # fmt: skip
_ONE_DAY = dt.timedelta(days=1)
# A participle of planning right before "voor": the verb governs it ("gepland voor", "voorzien voor").
_SCHEDULED_FOR = re.compile(r"\b(?:voorzien|gepland|ingepland|geagendeerd|beoogd)\s*$", re.IGNORECASE)
_NEXT = ("komend", "aankomend", "volgend")  # "komend najaar": the next season that has not begun yet


def season(m: re.Match[str], ctx: Context) -> Hit | None:
    name = _SEASON_NAMES[m.group("season").lower()]
    det = (m.group("det") or "").lower()
    year, back = _explicit_year(m, "year", ctx.reference)
    if not (year or ctx.markers or m.group("end") or det not in ("", "het", "de")):
        return None  # "het najaar" on its own is no moment
    if ctx.has({"rond", "rondom", "omstreeks"}) or (ctx.has({"tegen"}) and not m.group("end")):
        return _vague("season-around", ctx)  # "rond de zomer", "tegen de zomer": no day the table gives
    if ctx.has({"na"}) and not m.group("end"):
        if name != "zomer":
            return _vague("after-season", ctx)
        date = _place(ctx, lambda y: dt.date(y, 9, 30), year, back)
        return Hit(date, "after-summer", Strength.NORMAL) if date else None
    # "dit voorjaar", "deze zomer" give no year: the season now or the coming one (said in December, "dit
    # voorjaar" is the next spring, not the one behind; CONVENTIONS: the first occurrence on or after the
    # reference date); a clause told in the past reads it back (extraction.moments)
    back = back or det.startswith(("afgelopen", "vorig")) or ctx.looking_back
    # "uiterlijk in het najaar" is by the end of the season, not before it starts; so is a plan "for" it,
    # whose "voor" the verb governs ("is voorzien voor het voorjaar", "staat gepland voor de winter")
    within = ctx.has({"in", "in de loop van", "tijdens", "gedurende"}) or (
        ctx.markers == ("voor",) and _SCHEDULED_FOR.search(ctx.before) is not None
    )
    if ctx.has(BEFORE_MARKERS) and not m.group("end") and not within:
        if name == "zomer":
            return _before_recess(ctx, "zomerreces", year)
        if det in ("", "het", "de"):
            date = _place(ctx, lambda y: season_bounds(name, y)[0] - _ONE_DAY, year, back)
            return Hit(date, "before-season", Strength.STRONG, backward=back) if date else None
    if year is None and not back:
        date = season_end_ahead(ctx.reference, name, not_begun=det.startswith(_NEXT))
    else:
        date = _place(ctx, lambda y: season_bounds(name, y)[1], year, back)
    return Hit(date, "season", ctx.strength(), backward=back) if date else None


_RECESS_NAMES = {"zomer": "zomerreces", "kerst": "kerstreces", "kerstmis": "kerstreces",
                 "kerstdagen": "kerstreces", "herfst": "herfstreces", "voorjaars": "voorjaarsreces",
                 "krokus": "voorjaarsreces",
                 "mei": "meireces", "verkiezings": "verkiezingsreces"}  # fmt: skip


def _before_recess(ctx: Context, name: str | None, year: int | None) -> Hit:
    cal = ctx.calendar
    if year is not None and name is None:
        return _vague("before-recess", ctx)  # "voor het reces van 2025": which of that year's recesses?
    recess = cal.recess(name, year) if name and year else cal.next_recess(ctx.reference, name)
    if recess is None:
        return _vague("before-recess", ctx)
    found: CalendarDate = day_before(recess)
    return Hit(found.date, "before-recess", Strength.STRONG, estimate=found.estimate)


def _after_recess(ctx: Context, recess: Recess | None, year: int | None) -> Hit:
    """After a recess: the zomerreces 09-30, the kerstreces 01-31, another the end of its last month."""
    if recess is None:
        return _vague("after-recess", ctx)
    if recess.name == "zomerreces":
        date = _place(ctx, lambda y: dt.date(y, 9, 30), year, False)
        return Hit(date, "after-recess") if date else _vague("after-recess", ctx)
    if recess.name == "kerstreces":
        date = _place(ctx, lambda y: dt.date(y, 1, 31), year + 1 if year else None, False)
        return Hit(date, "after-recess") if date else _vague("after-recess", ctx)
    end = recess.last_day
    return Hit(month_end(end.year, end.month), "after-recess", estimate=recess.estimate)


def _current_or_next(ctx: Context, name: str | None, year: int | None) -> Recess | None:
    if name and year:
        return ctx.calendar.recess(name, year)
    return ctx.calendar.ongoing_or_next(ctx.reference, name)


def recess(m: re.Match[str], ctx: Context) -> Hit | None:
    word = (m.group("name") or m.group("holiday") or m.group("christmas") or "").lower()
    name = _RECESS_NAMES.get(word)
    year, _ = _explicit_year(m, "year", ctx.reference)  # "het zomerreces van volgend jaar"
    if m.group("new_year"):
        return _new_year(ctx)
    if ctx.has({"rond", "rondom", "omstreeks"}):
        return _vague("recess-around", ctx)
    if m.group("onset") or m.group("close"):
        # its start is what "voor" is measured by, its end what "na" is: CONVENTIONS dates nothing else
        if m.group("onset") and ctx.has(BEFORE_MARKERS):
            return _before_recess(ctx, name, year)
        if m.group("close") and ctx.has({"na"}):
            return _after_recess(ctx, _current_or_next(ctx, name, year), year)
        return _vague("recess-part", ctx)
    if ctx.has(BEFORE_MARKERS):
        return _before_recess(ctx, name, year)
    if ctx.has({"na"}):
        return _after_recess(ctx, _current_or_next(ctx, name, year), year)
    if ctx.has({"in", "tijdens", "gedurende"}) and not m.group("christmas"):
        found = _current_or_next(ctx, name, year)
        if found is None:
            return _vague("during-recess", ctx)
        return Hit(found.last_day, "during-recess", estimate=found.estimate)
    return None  # "het zomerreces begint ...": a recess named, no moment promised


def _new_year(ctx: Context) -> Hit | None:
    if ctx.has(BEFORE_MARKERS):
        date = upcoming(ctx.reference, lambda y: dt.date(y, 12, 31))
        return Hit(date, "year-end", Strength.STRONG) if date else None
    if ctx.has({"rond", "rondom", "omstreeks", "na"}):
        return _vague("new-year", ctx)
    return None


def event(m: re.Match[str], ctx: Context) -> Hit | None:
    ref, cal = ctx.reference, ctx.calendar
    year = int(m.group("year")) if m.group("year") else None
    if m.group("rel"):
        year = ref.year + (0 if m.group("rel").lower() == "dit" else 1)
    strength = Strength.STRONG if ctx.has(STRONG_MARKERS) else Strength.NORMAL
    if m.group("prinsjesdag") or m.group("mn") or m.group("budget"):
        if m.group("budget") and not ctx.has(BUDGET_MARKERS):
            # "voor de begroting": before the budget is presented or debated; CONVENTIONS dates neither
            return _vague("before-budget", ctx) if ctx.has(BEFORE_MARKERS) else None
        if ctx.has({"rond", "rondom", "omstreeks"}):
            return _vague("event-around", ctx)  # "rond Prinsjesdag": around it, as "rond de zomer"
        if not m.group("prinsjesdag") and not ctx.has(EVENT_MARKERS):
            return None
        if ctx.has({"na"}):
            return _vague("after-prinsjesdag", ctx)
        if year is not None and not m.group("prinsjesdag") and not m.group("rel"):
            year -= 1  # the Miljoenennota / begroting 2021 is presented on Prinsjesdag 2020
        event_name, rule = "prinsjesdag", "prinsjesdag"
    else:
        if not ctx.has(EVENT_MARKERS):
            return None
        event_name = rule = "voorjaarsnota" if m.group("vjn") else "najaarsnota"
    found = _event_date(cal, event_name, year, ref)
    if found is None:
        return None
    return Hit(found.date, rule, strength, estimate=found.estimate)


def _event_date(cal: Calendar, name: str, year: int | None, ref: dt.date) -> CalendarDate | None:
    if year is not None:
        return cal.event(name, year)
    for y in (ref.year, ref.year + 1):
        found = cal.event(name, y)
        if found is not None and found.date >= ref:
            return found
    return None


# --- weeks ---------------------------------------------------------------------------------------

WEEKS_AHEAD = {"deze": 0, "volgende": 1, "komende": 1, "aankomende": 1}
"""How many weeks after this one "deze week", "volgende week" … is."""
_FRIDAY = 5  # ISO weekday: the last working day of a week


def week(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "eind deze week", "eind week 12": the Friday of that week, the last working day (ISO weeks; without a
    year the first week 12 whose Friday is not behind). A week without its end named ("volgende week",
    "uiterlijk in week 12") names no day, so a person is asked for one, as for "volgende week"."""
    rel = (m.group("rel") or "").lower()
    if not m.group("mod_end"):
        if rel and not (m.group("mod_begin") or m.group("mod_mid")):
            return None  # "volgende week" alone: the vague rule's
        return _vague("week", ctx)
    if rel:
        ref = ctx.reference
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=WEEKS_AHEAD[rel])
        return Hit(monday + dt.timedelta(days=_FRIDAY - 1), "week-end", ctx.strength())
    number = int(m.group("number"))
    year = int(m.group("year")) if m.group("year") else None
    date = _place(ctx, lambda y: dt.date.fromisocalendar(y, number, _FRIDAY), year, False)
    return Hit(date, "week-number-end", ctx.strength()) if date else _vague("week", ctx)


# --- periods, recurrence, vague phrases ------------------------------------------------------------


def relative(m: re.Match[str], ctx: Context) -> Hit | None:
    ref = ctx.reference
    coming = _norm(m.group("coming") or "").replace(" ", "")  # "het komende half jaar": a period of its own
    if coming:
        if coming in ("jaren", "maanden", "weken"):
            return _vague("relative-vague", ctx)
        return Hit(add_period(ref, Fraction(1), UNITS[coming]), "relative", Strength.NORMAL)
    if m.group("few"):
        return _vague("relative-vague", ctx)
    unit = _norm(m.group("unit")).replace(" ", "")
    amount = parse_number(m.group("number"))
    if unit == "tijd" or amount is None:
        return None
    if m.group("after") and not m.group("anchor"):
        return _vague("relative-to-event", ctx)  # "binnen drie maanden na ontvangst"
    date = add_period(ref, amount, UNITS[unit])
    if date is None:
        return None
    lead = _norm(m.group("lead"))
    strength = Strength.STRONG if lead.startswith(("binnen", "een", "de")) else Strength.NORMAL
    return Hit(date, "relative", strength)


_PERIODS = {name.replace("-", "_"): months for name, months in RECURRENCE_MONTHS.items()}
"""The recurrences by the names of their groups in the pattern."""


def recurring(m: re.Match[str], ctx: Context) -> Hit | None:
    if p.AMOUNT_BEFORE.search(ctx.before):
        return None  # "€ 5 miljoen per kwartaal" is a rate
    kind = next((k for k in _PERIODS if m.group(k)), None) or _every(m)
    if kind is not None:
        date = ctx.reference + relativedelta(months=_PERIODS[kind])
        # "zoals elk jaar": the habit this time follows, weak beside the moment of this time
        strength = Strength.WEAK if _COMPARED.search(ctx.before) else Strength.NORMAL
        return Hit(date, "recurring", strength, recurring=kind.replace("_", "-"))
    # "iedere zes weken", "elke twee jaar": a period the register has no recurrence for; still due one
    # period after the reference date, as every recurring promise is (CONVENTIONS)
    amount = parse_number(m.group("every_number") or "")
    due = add_period(ctx.reference, amount, UNITS[m.group("every_unit").lower()]) if amount else None
    return Hit(due, "recurring", Strength.NORMAL) if due else None


_COMPARED = re.compile(r"\bzoals\s*$", re.IGNORECASE)
_UNIT_MONTHS = {"maand": 1, "maanden": 1, "kwartaal": 3, "kwartalen": 3, "jaar": 12}


def _every(m: re.Match[str]) -> str | None:
    """The recurrence of "iedere zes maanden", "om de drie maanden", "om het half jaar", if it is one."""
    if m.group("every_half"):
        return "half_yearly"
    amount = parse_number(m.group("every_number") or "")
    unit = _UNIT_MONTHS.get(m.group("every_unit").lower())
    if amount is None or unit is None:
        return None
    return next((kind for kind, period in _PERIODS.items() if period == amount * unit), None)


def vague(m: re.Match[str], ctx: Context) -> Hit:
    return _vague("vague", ctx)


@dataclass(frozen=True, slots=True)
class PatternAnchor:
    """Anchors that are not words: where ``pattern`` matches, as ``finditer`` finds it. The pattern opens with
    a class ("[0-9]"), which the regular expression engine looks for character by character; each of
    ``leads`` opens with one character, which it finds several times faster, and every match of ``pattern``
    starts ``back`` characters before a match of a lead, so the pattern is tried only there."""

    pattern: re.Pattern[str]
    leads: tuple[re.Pattern[str], ...]
    back: int = 0

    def starts(self, text: str) -> list[int]:
        """The starts of the matches of ``pattern`` in ``text``."""
        places = {found.start() - self.back for lead in self.leads for found in lead.finditer(text)}
        return [match.start() for match in matches_at(self.pattern, text, places)]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, its meaning, and the lower-case words one of which every match contains (the anchors
    that let a long letter be searched only around them)."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    anchors: tuple[str, ...]
    reach: tuple[int, int]  # how far a match may start before / end after the start of an anchor
    anchor_pattern: PatternAnchor | None = None


_MONTH_STEMS = ("jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_SEASON_WORDS = ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter")
_VAGUE_ANCHORS = (
    "spoedig", "snel", "vlot", "zsm", "termijn", "binnenkort", "eerdaags", "later", "bepalen", "stadium",
    "zijner", "t.z.t", "volgende", "afronding", "ontvangst", "oplevering", "publicatie", "vaststelling",
    "afloop", "inwerkingtreding", "zodra", "week", "kabinetsperiode", "uiterlijk", "periodiek", "debat",
    "overleg", "behandeling", "komende", "tegelijk", "kwartaal",
)  # fmt: skip
_NUMERIC_DATE_DIGITS = PatternAnchor(
    re.compile(r"[0-9][-/.][0-9]"), tuple(re.compile(rf"\{mark}(?=[0-9])") for mark in "-/."), back=1
)
_YEAR_DIGITS = PatternAnchor(
    re.compile(r"(?:199|20[0-9])[0-9]"), (re.compile(r"1(?=99[0-9])"), re.compile(r"2(?=0[0-9][0-9])"))
)

# How far before its anchor a part of a year may start: "tegen het einde van het laatste trimester".
_PART_REACH = 40

RULES: tuple[Rule, ...] = (
    Rule("date", p.DATE, explicit_date, _MONTH_STEMS, (10, 60)),
    Rule("numeric-date", p.NUMERIC_DATE, numeric_date, (), (8, 16), _NUMERIC_DATE_DIGITS),
    Rule("weekday", p.WEEKDAY_AHEAD, weekday_ahead, ("a.s", "a. s", "aanstaande"), (16, 26)),
    Rule("month", p.MONTH, month, (*_MONTH_STEMS, "maand"), (30, 60)),
    Rule("quarter", p.QUARTER, quarter, ("kwartaal", "q1", "q2", "q3", "q4"), (_PART_REACH, 60)),
    Rule("half-year", p.HALF_YEAR, half_year, ("helft", "half", "h1", "h2"), (_PART_REACH, 60)),
    Rule("trimester", p.TRIMESTER, trimester, ("trimester",), (_PART_REACH, 60)),
    Rule("year", p.YEAR_PHRASE, year_phrase, ("jaar",), (50, 25), _YEAR_DIGITS),
    Rule("season", p.SEASON, season, _SEASON_WORDS, (45, 50)),
    Rule("recess", p.RECESS, recess, ("reces", "vakantie", "kerst", "jaarwisseling"), (40, 45)),
    Rule("event", p.EVENT, event, ("prinsjesdag", "nota", "begroting"), (20, 40)),
    Rule("week", p.WEEK, week, ("week",), (_PART_REACH, 20)),
    Rule("relative", p.RELATIVE, relative, ("binnen", "over", "komende", "termijn"), (25, 75)),
    Rule(
        "recurring", p.RECURRING, recurring, ("jaar", "kwartaal", "maand", "weken", *_SEASON_WORDS), (30, 35)
    ),
    Rule("vague", p.VAGUE, vague, _VAGUE_ANCHORS, (45, 60)),
)
