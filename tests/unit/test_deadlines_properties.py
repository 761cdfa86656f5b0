"""Properties of the resolver on generated text: it never raises, and spans and dates hold together."""

from __future__ import annotations

import calendar as cal
import datetime as dt
import itertools

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.deadlines import find, resolve
from commitments.deadlines.patterns import MONTHS

REFERENCES = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31))
# Words that the rules react to, mixed with noise, so generated text reaches deep into the patterns.
TOKENS = [
    "voor", "vóór", "na", "in", "op", "uiterlijk", "nog", "sinds", "rond", "tot", "en", "met", "de", "het",
    "dit", "deze", "volgend", "komend", "afgelopen", "begin", "medio", "eind", "einde", "van", "jaar",
    "maand", "week", "kwartaal", "helft", "eerste", "tweede", "derde", "vierde", "laatste", "Q1", "Q4", "H2",
    "zomer",
    "najaar", "voorjaar", "winter", "zomerreces", "kerstreces", "reces", "Prinsjesdag", "Voorjaarsnota",
    "Miljoenennota", "binnen", "over", "drie", "een", "half", "anderhalf", "weken", "maanden", "werkdagen",
    "jaarlijks", "per", "a.s.", "jl.", "januari", "februari", "mei", "december", "29", "31", "1", "2019",
    "2020", "2099", "2019/20", "28 638", "nr.", "zo", "spoedig", "mogelijk", "\n", "-", ",", ".", "€",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(TEXTS, REFERENCES)
def test_find_never_raises_and_spans_lie_inside_the_text(text: str, reference: dt.date) -> None:
    matches = find(text, reference)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.recurring in (None, "yearly", "half-yearly", "quarterly", "monthly")
        if m.date is not None and m.date < reference:
            assert m.backward
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


@settings(max_examples=200, deadline=None)
@given(TEXTS, REFERENCES)
def test_primary_deadline_is_never_in_the_past(text: str, reference: dt.date) -> None:
    best = resolve(text, reference)
    if best is not None:
        assert not best.backward
        assert best.date is None or best.date >= reference


MONTH_NAME = {
    number: name for name, number in MONTHS.items() if len(name) > 4 or name in ("mei", "juni", "juli")
}
DAYS = st.dates(min_value=dt.date(1996, 1, 1), max_value=dt.date(2095, 12, 31))


@given(DAYS)
def test_explicit_date_with_year(day: dt.date) -> None:
    best = resolve(
        f"Ik informeer u uiterlijk {day.day} {MONTH_NAME[day.month]} {day.year}.", day - dt.timedelta(days=1)
    )
    assert best is not None
    assert best.date == day


@given(REFERENCES, DAYS)
def test_year_less_date_is_the_first_occurrence_on_or_after_the_reference(
    reference: dt.date, day: dt.date
) -> None:
    matches = find(f"op {day.day} {MONTH_NAME[day.month]}", reference)
    expected = next(
        dt.date(y, day.month, day.day)
        for y in range(reference.year, reference.year + 9)
        if day.day <= cal.monthrange(y, day.month)[1] and dt.date(y, day.month, day.day) >= reference
    )
    assert [m.date for m in matches] == [expected]


NUMBER_WORDS = {
    1: "een",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    8: "acht",
    10: "tien",
    12: "twaalf",
}


@given(REFERENCES, st.sampled_from(sorted(NUMBER_WORDS)), st.booleans())
def test_within_n_weeks_or_months(reference: dt.date, n: int, as_word: bool) -> None:
    amount = NUMBER_WORDS[n] if as_word else str(n)
    weeks = resolve(f"binnen {amount} {'week' if n == 1 else 'weken'}", reference)
    months = resolve(f"over {amount} {'maand' if n == 1 else 'maanden'}", reference)
    assert weeks is not None
    assert weeks.date == reference + dt.timedelta(weeks=n)
    assert months is not None
    assert months.date == reference + relativedelta(months=n)


@given(REFERENCES)
def test_recurrence_is_due_one_period_after_the_reference(reference: dt.date) -> None:
    for phrase, period, kind in [
        ("jaarlijks", relativedelta(years=1), "yearly"),
        ("elk half jaar", relativedelta(months=6), "half-yearly"),
        ("ieder kwartaal", relativedelta(months=3), "quarterly"),
    ]:
        best = resolve(f"Uw Kamer wordt {phrase} geïnformeerd.", reference)
        assert best is not None
        assert (best.date, best.recurring) == (reference + period, kind)
