"""The labelled evaluation of matching: store states plus letters with the actions a person would take.

A case is a JSON file: optional ``set`` (a group to report apart, e.g. ``tune`` and ``check``), ``store``
(commitments to create; ``"other_team": true`` puts one in another team),
``letter`` (a file in the case folder's ``letters/`` or in the development set), optional ``date``,
``expected`` (``fulfils``: ``{commitment, partial}``, ``postpones``: ``{commitment, new_deadline}``, by index
into ``store``) and ``optional`` (indexes a proposal may name or not: borderline readings).

Precision is that of the one proposal per statement (a wrong proposal costs trust), recall is over expected
actions; partial flags and new deadlines are scored on the correct proposals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from commitments.db import Database
from commitments.extraction import read_document
from commitments.matching.action import Action
from commitments.matching.service import Proposal, match_letter
from commitments.model import Kind
from commitments.services import NewCommitment, add_commitment
from commitments.titles import shorten
from commitments.unit_of_work import Transactions, UnitOfWork

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset"
BY = "evaluatie"
TEAM_BASE = -7_000_000
OTHER_TEAM_BASE = -8_000_000


@dataclass(frozen=True)
class Outcome:
    """How one case went: counts and the errors in words."""

    name: str
    group: str | None
    correct: int
    wrong: int
    missed: int
    details_right: int
    details_checked: int
    errors: tuple[str, ...]


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(outcome.correct for outcome in self.outcomes)

    @property
    def proposed(self) -> int:
        return self.correct + sum(outcome.wrong for outcome in self.outcomes)

    @property
    def expected(self) -> int:
        return self.correct + sum(outcome.missed for outcome in self.outcomes)

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def detail_accuracy(self) -> float:
        checked = sum(outcome.details_checked for outcome in self.outcomes)
        return sum(outcome.details_right for outcome in self.outcomes) / checked if checked else 1.0

    def summary(self) -> str:
        return (
            f"{len(self.outcomes)} gevallen, {self.expected} verwachte acties, {self.proposed} voorstellen\n"
            f"precisie {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"deels/nieuwe termijn juist {self.detail_accuracy:.3f}"
        )

    def details(self) -> str:
        return "\n".join(f"{outcome.name}: {error}" for outcome in self.outcomes for error in outcome.errors)

    def groups(self) -> dict[str, Report]:
        """The cases per ``set`` (only cases that name one), to report a tuning and a checking part apart."""
        grouped: dict[str, Report] = {}
        for outcome in self.outcomes:
            if outcome.group is not None:
                grouped.setdefault(outcome.group, Report()).outcomes.append(outcome)
        return dict(sorted(grouped.items()))


def evaluate(db: Database, folder: Path, devset: Path = DEVSET, first_team: int = 1) -> Report:
    """Run every case in ``folder`` against ``db``; each case gets teams of its own, so cases never meet
    (``first_team`` numbers them, so a second folder in the same database gets teams of its own too)."""
    report, transactions = Report(), Transactions(db)
    for number, path in enumerate(sorted(folder.glob("*.json")), start=first_team):
        case = json.loads(path.read_text("utf-8"))
        letter = _letter_path(folder, case["letter"], devset)
        report.outcomes.append(transactions.run(_run, path.stem, case, number, letter))
    if not report.outcomes:
        raise ValueError(f"geen gevallen (*.json) in {folder}")
    return report


def _letter_path(folder: Path, name: str, devset: Path) -> Path:
    own = folder / "letters" / name
    return own if own.exists() else devset / name


def _run(uow: UnitOfWork, name: str, case: dict[str, Any], number: int, letter: Path) -> Outcome:
    team = TEAM_BASE - number
    ids = [_create(uow, item, team, OTHER_TEAM_BASE - number) for item in case["store"]]
    document = read_document(letter)
    day = date.fromisoformat(case["date"]) if case.get("date") else None
    result = match_letter(uow, document.text, day, team, start=document.body_start)
    expected = {
        (action, ids[entry["commitment"]]): entry
        for action, key in ((Action.FULFIL, "fulfils"), (Action.POSTPONE, "postpones"))
        for entry in case.get("expected", {}).get(key, [])
    }
    optional = {ids[index] for index in case.get("optional", [])}
    correct = wrong = right = checked = 0
    errors: list[str] = []
    found: set[tuple[Action, int]] = set()
    for proposal in result.proposals:
        action = Action.POSTPONE if proposal.statement.action is Action.POSTPONE else Action.FULFIL
        key = (action, proposal.best.commitment_id)
        entry = expected.get(key)
        if entry is None:
            if proposal.best.commitment_id not in optional:
                wrong += 1
                errors.append(f"onterecht voorstel: {_describe(proposal, ids)}")
            continue
        correct += 1
        found.add(key)
        checked += 1
        if _detail_right(proposal, entry):
            right += 1
        else:
            errors.append(f"juist item, verkeerd detail: {_describe(proposal, ids)} (verwacht {entry})")
    missed = [key for key in expected if key not in found]
    errors.extend(f"gemist: {action.value} item {ids.index(item)} (#{item})" for action, item in missed)
    return Outcome(name, case.get("set"), correct, wrong, len(missed), right, checked, tuple(errors))


def _detail_right(proposal: Proposal, entry: dict[str, Any]) -> bool:
    if proposal.statement.action is Action.POSTPONE:
        deadline = proposal.statement.new_deadline
        found = deadline.date.isoformat() if deadline and deadline.date else None
        return found == entry.get("new_deadline")
    return proposal.partial == bool(entry.get("partial", False))


def _describe(proposal: Proposal, ids: list[int]) -> str:
    item = proposal.best.commitment_id
    index = ids.index(item) if item in ids else "?"
    quote = shorten(proposal.statement.quote)
    new = proposal.statement.new_deadline
    moment = f" naar {new.date.isoformat() if new.date else new.text!r}" if new is not None else ""
    return (
        f"{proposal.statement.action.value} item {index} (#{item}, {proposal.best.value:.2f}){moment}"
        f" voor ‘{quote}’"
    )


def _create(uow: UnitOfWork, item: dict[str, Any], team: int, other_team: int) -> int:
    new = NewCommitment(
        title=item["title"],
        kind=Kind(item.get("kind", "toezegging")),
        quote=item.get("quote"),
        deadline=date.fromisoformat(item["deadline"]) if item.get("deadline") else None,
        ministry=item.get("ministry"),
        post=item.get("post"),
        refs=tuple(item.get("refs", ())),
        register_number=item.get("register_number"),
        team=other_team if item.get("other_team") else team,
    )
    return add_commitment(uow, new, BY).id
