"""The quick tests that run before slow patterns change no outcome: each is implied by its pattern."""

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from commitments import refs
from commitments.extraction import cues, moments

_REF_PIECES = [
    "Kamerstuk", "Kamerstukken II", "kst", "TK", "EK", "2019/20,", "28 638", "35570", "VI", ",", "nr.",
    "nrs.", "178", "en", "226", "-", "kst-28638-178", "de", "brief", "Vergaderjaar", "2018-2019", "Nr.", "96",
    "(", ")",
]  # fmt: skip


@given(st.lists(st.sampled_from(_REF_PIECES), max_size=16), st.sampled_from([" ", "", "\n"]))
def test_the_start_test_of_written_references_changes_no_match(pieces: list[str], glue: str) -> None:
    lookahead = r"(?=\d|kamerstuk|kst|tk\b|ek\b)"
    assert refs._WRITTEN.pattern.startswith(lookahead)
    plain = re.compile(refs._WRITTEN.pattern.removeprefix(lookahead), refs._WRITTEN.flags)
    text = glue.join(pieces)
    assert [m.group(0) for m in refs._WRITTEN.finditer(text)] == [m.group(0) for m in plain.finditer(text)]


def test_the_event_date_test_is_how_the_event_date_pattern_ends() -> None:
    assert cues.EVENT_DATE_BEFORE.pattern.endswith(moments.EVENT_DATE_END.pattern)
    assert cues.EVENT_DATE_BEFORE.flags == moments.EVENT_DATE_END.flags


def test_dates_of_events_are_still_left_out() -> None:
    text = "Tijdens het commissiedebat van 4 september 2030 zei ik toe voor 1 december 2030 te rapporteren."
    phrases = [match.text for match in moments.deadline_phrases(text, date(2030, 1, 1))]
    assert phrases == ["voor 1 december 2030"]
