"""The examples of a new deadline the bot shows (its questions, its refusals, /help) must be deadlines a
person can use on any day: none may lie in the past, which the bot would then refuse or warn about."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.handlers import adding, changes, help
from bot.parsing import split_deadline
from commitments.deadline_input import read_deadline
from commitments.edits import USAGE
from commitments.errors import InvalidInput

_QUOTED = re.compile(r"[‘'](?P<example>[^’']+)[’']")
DAYS = (date(2026, 12, 7), date(2031, 6, 16))


def _refusal(action: object, *arguments: object) -> str:
    with pytest.raises(InvalidInput) as refused:
        action(*arguments)  # type: ignore[operator]
    return refused.value.message


def _examples() -> list[str]:
    shown = [
        adding.ASK_DEADLINE,
        changes.QUESTIONS["postpone"][0],
        _refusal(read_deadline, "onzin", DAYS[0]),
        _refusal(split_deadline, "", DAYS[0]),
    ]
    quoted = [match["example"] for text in shown for match in _QUOTED.finditer(text)]
    usage = {name: example for name, _, example in help.COMMANDS}
    quoted.append(usage["uitstel"].removeprefix("/uitstel 12 "))
    for wijzig in (usage["wijzig"], USAGE):  # /help and the refusal of a /wijzig without a value
        quoted.append(wijzig.split("/wijzig 12 termijn ")[1].rstrip("."))
    return [example for example in quoted if example not in {"geen termijn", "annuleer", "onzin"}]


@pytest.mark.parametrize("today", DAYS)
def test_every_example_of_a_new_deadline_lies_ahead(today: date) -> None:
    examples = _examples()
    assert len(examples) >= 9
    for example in examples:
        deadline, _reason = split_deadline(example, today)
        assert deadline.date is not None, example
        assert deadline.date >= today, (example, deadline.date)
