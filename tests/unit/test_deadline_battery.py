"""An independent battery of deadline phrases in Kamerbrief sentences (tests/unit/data/deadline_battery.tsv).

The cases were written from CONVENTIONS.md and the recess calendar alone, before the deadline code was read:
each is a made-up sentence with a promise, the letter's date and the deadline CONVENTIONS gives it (or none),
with whether that date is an estimate and whether it recurs. The sentence goes through `toezegbot deadline
--batch --json` as a whole, so the test also asks which of several moments the finder names as the deadline.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from commitments.cli import main

_DATA = Path(__file__).parent / "data" / "deadline_battery.tsv"


@dataclass(frozen=True)
class Case:
    """One sentence, its letter date and the deadline CONVENTIONS gives it."""

    rule: str
    ref: str
    date: str | None
    estimate: bool
    recurring: bool
    text: str


def _cases() -> list[Case]:
    cases = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, ref, date, flags, text = line.split("\t")
        flag_set = set(flags.split())
        cases.append(
            Case(rule, ref, None if date == "-" else date, "est" in flag_set, "rec" in flag_set, text)
        )
    return cases


CASES = _cases()


@cache
def _answers() -> tuple[dict[str, object], ...]:
    """Every case through the CLI's batch mode at once (one JSON line in, one out)."""
    lines = "".join(json.dumps({"text": c.text, "ref": c.ref}) + "\n" for c in CASES)
    result = CliRunner().invoke(main, ["deadline", "--batch", "--json"], input=lines)
    assert result.exit_code == 0, result.output
    return tuple(json.loads(line) for line in result.output.splitlines() if line.strip())


def test_the_battery_is_large_and_covers_every_rule_twice() -> None:
    assert len(CASES) >= 150
    per_rule: dict[str, int] = {}
    for case in CASES:
        per_rule[case.rule] = per_rule.get(case.rule, 0) + 1
    assert min(per_rule.values()) >= 2, per_rule


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{c.rule}-{i}" for i, c in enumerate(CASES)])
def test_the_sentence_gets_the_deadline_conventions_gives_it(index: int) -> None:
    case, answer = CASES[index], _answers()[index]
    found = (answer["date"], bool(answer["estimate"]) if answer["date"] else False, answer["recurring"] is not None)
    expected = (case.date, case.estimate if case.date else False, case.recurring)
    assert found == expected, f"{case.text!r} (brief {case.ref}): {answer}"
