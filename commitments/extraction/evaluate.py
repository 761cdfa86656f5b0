"""Scoring the extractor against hand labels (a folder with letters and a ``labels.json``, see shared/devset).

A prediction matches a gold item when their spans overlap by at least half of the shorter span, counted in
non-whitespace characters. Gold items with ``required: false`` count neither as missed nor as false
positives (nor does a prediction that overlaps one). Symbolic gold dates ``before:<recess>:<year>`` resolve
to the day before that recess starts, through the recess calendar.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from commitments.deadlines import Calendar, load_calendar
from commitments.extraction.detect import Found, Mode, extract
from commitments.titles import shorten

QUOTE_WIDTH = 100
"""How much of a quote a line of the details shows."""
_SYMBOLIC = re.compile(r"before:(?P<recess>[a-z]+):(?P<year>\d{4})")


@dataclass(frozen=True)
class Gold:
    """One labelled item of a letter."""

    kind: str
    quote: str
    start: int
    end: int
    deadline: date | None
    required: bool


@dataclass
class LetterScore:
    """The outcome for one letter."""

    file: str
    true_positives: int = 0
    missed: list[Gold] = field(default_factory=list)
    false_positives: list[Found] = field(default_factory=list)
    kind_right: int = 0
    dated: int = 0
    dated_right: int = 0
    deadline_errors: list[tuple[Gold, date | None]] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    """Scores over a set of letters."""

    letters: tuple[LetterScore, ...]

    def _sum(self, name: str) -> int:
        return sum(getattr(letter, name) for letter in self.letters)

    @property
    def precision(self) -> float:
        found = self._sum("true_positives") + sum(len(letter.false_positives) for letter in self.letters)
        return self._sum("true_positives") / found if found else 1.0

    @property
    def recall(self) -> float:
        required = self._sum("true_positives") + sum(len(letter.missed) for letter in self.letters)
        return self._sum("true_positives") / required if required else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def kind_accuracy(self) -> float:
        matched = self._sum("true_positives")
        return self._sum("kind_right") / matched if matched else 1.0

    @property
    def deadline_accuracy(self) -> float:
        dated = self._sum("dated")
        return self._sum("dated_right") / dated if dated else 1.0

    def summary(self) -> str:
        """The headline figures on one line each."""
        return "\n".join(
            [
                f"letters            {len(self.letters)}",
                f"precision          {self.precision:.3f}",
                f"recall             {self.recall:.3f}",
                f"F1                 {self.f1:.3f}",
                f"kind accuracy      {self.kind_accuracy:.3f}",
                f"deadline accuracy  {self.deadline_accuracy:.3f} ({self._sum('dated')} dated items)",
            ]
        )

    def details(self) -> str:
        """Per letter: the misses, false positives and wrong deadlines."""
        lines: list[str] = []
        for letter in self.letters:
            if not (letter.missed or letter.false_positives or letter.deadline_errors):
                continue
            lines.append(f"{letter.file}:")
            lines.extend(
                f"  gemist     [{gold.kind}] {shorten(gold.quote, QUOTE_WIDTH)}" for gold in letter.missed
            )
            lines.extend(
                f"  onterecht  [{item.kind}] {shorten(item.quote, QUOTE_WIDTH)}"
                for item in letter.false_positives
            )
            lines.extend(
                f"  deadline   {found} i.p.v. {gold.deadline}: {shorten(gold.quote, QUOTE_WIDTH)}"
                for gold, found in letter.deadline_errors
            )
        return "\n".join(lines)


def gold_date(value: str | None, calendar: Calendar) -> date | None:
    """An ISO date, or ``before:<recess>:<year>`` as the day before that recess starts."""
    if not value:
        return None
    symbolic = _SYMBOLIC.fullmatch(value)
    if symbolic:
        recess = calendar.recess(symbolic["recess"], int(symbolic["year"]))
        return recess.first_day - timedelta(days=1) if recess else None
    return date.fromisoformat(value)


def _dense(text: str, start: int, end: int) -> set[int]:
    """The positions of non-whitespace characters in a span."""
    return {index for index in range(start, end) if not text[index].isspace()}


def _same_item(shared: int, first: set[int], second: set[int]) -> bool:
    """The protocol's match: the spans share at least half of the shorter one's characters."""
    return shared > 0 and shared * 2 >= min(len(first), len(second))


def overlaps(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans of ``text`` are the same item by the scoring protocol."""
    one, other = _dense(text, *first), _dense(text, *second)
    return _same_item(len(one & other), one, other)


def letter_labels(folder: Path, only: Iterable[str] | None = None) -> list[tuple[str, str, date, list[Gold]]]:
    """The letters of ``folder`` (all, or those named in ``only``): name, text, reference date, gold items.

    Every labelled letter names the day its deadlines resolve against, so a score never depends on the day
    it is measured."""
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    calendar = load_calendar()
    wanted = set(only) if only is not None else None
    letters = []
    for letter in labels["letters"]:
        name = str(letter["file"])
        if wanted is not None and name not in wanted:
            continue
        text = (folder / name).read_text("utf-8")
        reference = letter.get("reference_date") or letter.get("letter_date")
        if not reference:
            raise ValueError(f"{name}: no reference_date or letter_date in labels.json")
        day = date.fromisoformat(reference)
        letters.append((name, text, day, read_gold(letter, text, calendar)))
    return letters


def _locate(text: str, quote: str) -> tuple[int, int]:
    position = text.find(quote)
    if position >= 0:
        return position, position + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    if match is None:
        raise ValueError(f"quote not found in letter: {quote[:60]!r}")
    return match.span()


def read_gold(letter: dict[str, object], text: str, calendar: Calendar) -> list[Gold]:
    """The labelled items of one letter, located in its text."""
    items = letter.get("commitments", [])
    golds: list[Gold] = []
    for item in items if isinstance(items, list) else []:
        start, end = _locate(text, item["quote"])
        golds.append(
            Gold(
                item["kind"],
                item["quote"],
                start,
                end,
                gold_date(item.get("deadline"), calendar),
                bool(item.get("required", True)),
            )
        )
    return golds


def score_letter(name: str, text: str, golds: list[Gold], found: Iterable[Found]) -> LetterScore:
    """Match predictions to gold items one-to-one: required items first (an optional one counts neither as
    missed nor as a false positive, so it takes no prediction a required one also matches), then best
    overlap, then same kind."""
    predictions = list(found)
    dense_gold = [_dense(text, gold.start, gold.end) for gold in golds]
    dense_found = [_dense(text, item.start, item.end) for item in predictions]
    pairs: list[tuple[bool, int, bool, int, int]] = []
    for g, gold_chars in enumerate(dense_gold):
        for p, found_chars in enumerate(dense_found):
            shared = len(gold_chars & found_chars)
            if _same_item(shared, gold_chars, found_chars):
                pairs.append((golds[g].required, shared, golds[g].kind == predictions[p].kind, g, p))
    pairs.sort(reverse=True)
    matched_gold: dict[int, int] = {}
    matched_found: set[int] = set()
    for *_, g, p in pairs:
        if g not in matched_gold and p not in matched_found:
            matched_gold[g] = p
            matched_found.add(p)
    touches_optional = {p for *_, g, p in pairs if not golds[g].required}
    score = LetterScore(name)
    for g, gold in enumerate(golds):
        if not gold.required:
            continue
        if g not in matched_gold:
            score.missed.append(gold)
            continue
        item = predictions[matched_gold[g]]
        score.true_positives += 1
        score.kind_right += item.kind == gold.kind
        if gold.deadline is not None:
            score.dated += 1
            if item.deadline == gold.deadline:
                score.dated_right += 1
            else:
                score.deadline_errors.append((gold, item.deadline))
    for p, item in enumerate(predictions):
        if p in matched_found and any(golds[g].required for g, q in matched_gold.items() if q == p):
            continue
        if p in matched_found or p in touches_optional:
            continue
        score.false_positives.append(item)
    return score


def evaluate(folder: Path, only: Iterable[str] | None = None, mode: Mode = Mode.COMBINED) -> Report:
    """Run the extractor over the letters in ``folder`` and score it against ``labels.json``."""
    scores = [
        score_letter(name, text, golds, extract(text, day, mode=mode, today=day).commitments)
        for name, text, day, golds in letter_labels(folder, only)
    ]
    return Report(tuple(scores))
