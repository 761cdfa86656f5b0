"""How `toezegbot match` words a postponement: with its new day, or, without one, as a delay reported
without a new date, never "uit te stellen tot geen nieuwe datum" (trial 9, #3)."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.cli.matching import describe
from commitments.deadlines import find
from commitments.matching.action import Action
from commitments.matching.scoring import Score
from commitments.matching.service import MatchResult, Proposal
from commitments.matching.statements import Statement, Target

DAY = date(2027, 6, 28)


def _postponing(moment: str | None) -> MatchResult:
    deadline = find(moment, DAY)[0] if moment else None
    quote = "Het plan is nog niet gereed."
    statement = Statement(
        Action.POSTPONE, quote, 0, len(quote), Target("toezegging", (), (), (), quote), new_deadline=deadline
    )
    return MatchResult((), (Proposal(statement, Score(14, 0.64, ("soort: toezegging",), "toezegging"), ()),))


@pytest.mark.parametrize(
    ("moment", "line"),
    [
        (None, "Meldt uitstel van #14 zonder nieuwe datum (toezegging; 64%)"),
        (
            "zo spoedig mogelijk",
            "Meldt uitstel van #14 zonder nieuwe datum (‘zo spoedig mogelijk’) (toezegging; 64%)",
        ),
        ("voor 1 november 2027", "Lijkt #14 uit te stellen tot 1 november 2027 (toezegging; 64%)"),
    ],
)
def test_a_postponement_is_worded_by_whether_the_letter_names_a_new_day(
    moment: str | None, line: str
) -> None:
    text = describe(_postponing(moment))
    assert text.splitlines()[0] == line
    assert "tot geen" not in text
