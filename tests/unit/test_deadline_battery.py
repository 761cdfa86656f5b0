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
    found = (
        answer["date"],
        bool(answer["estimate"]) if answer["date"] else False,
        answer["recurring"] is not None,
    )
    expected = (case.date, case.estimate if case.date else False, case.recurring)
    assert found == expected, f"{case.text!r} (brief {case.ref}): {answer}"


def _letter(case: Case, folder: Path) -> Path:
    """A one-paragraph Kamerbrief around the case's sentence."""
    path = folder / "brief.txt"
    path.write_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nBetreft Voortgang\n\n"
        f"Geachte voorzitter,\n\n{case.text}\n\nDe minister van Justitie en Veiligheid,\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{c.rule}-{i}" for i, c in enumerate(CASES)])
def test_extraction_gives_the_sentences_item_that_deadline(index: int, tmp_path: Path) -> None:
    """The deadline extraction records for the sentence's item; a sentence without an item has no deadline."""
    case = CASES[index]
    result = CliRunner().invoke(main, ["extract", str(_letter(case, tmp_path)), "--date", case.ref, "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output[result.output.index("{") :])["commitments"]
    mine = [item for item in items if item["quote"][:40] in case.text or case.text[:40] in item["quote"]]
    if not mine:
        assert case.date is None, f"no item for {case.text!r}"
        return
    # two clauses can hold a product and a promise to the Kamer: the case's date is the promise's
    item = next((i for i in mine if i["kind"] == "toezegging"), mine[0])
    found = (
        item["deadline"],
        bool(item["estimate"]) if item["deadline"] else False,
        item["recurring"] is not None,
    )
    assert found == (case.date, case.estimate if case.date else False, case.recurring), (
        f"{case.text!r}: {item}"
    )
