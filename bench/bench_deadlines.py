"""Benchmark: the deadline resolver against plain ``dateparser.search_dates`` on the same texts.

Run from the repository root:  .venv/bin/python -m bench.bench_deadlines [--devset ../shared/devset]

Accuracy is the share of exact dates (a vague or past-only text must give no date) on the phrase table
(tests/unit/data/deadline_phrases.csv) and on the devset's labelled items with a gold date (each item's
quote resolved against its letter's date). For dateparser the first date it finds counts. Speed is
measured over every sentence of the devset letters plus the phrase table, and over the whole letters.
Exits 1 when the resolver is below 95% on the phrase table or less than 20 times faster on whole letters.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from commitments.deadlines import default_calendar, find, primary

ROOT = Path(__file__).resolve().parent.parent
PHRASE_TABLE = ROOT / "tests" / "unit" / "data" / "deadline_phrases.csv"
TARGET_ACCURACY = 0.95
TARGET_SPEEDUP = 20.0
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(•-])|\n\s*\n")
_SYMBOLIC = re.compile(r"before:(\w+):(\d{4})")


@dataclass(frozen=True)
class Case:
    text: str
    reference: dt.date
    gold: dt.date | None
    source: str


def _gold(value: str | None) -> dt.date | None:
    if not value:
        return None
    symbolic = _SYMBOLIC.fullmatch(value)
    if symbolic:
        recess = default_calendar().recess(symbolic.group(1), int(symbolic.group(2)))
        assert recess is not None, value
        return recess.first_day - dt.timedelta(days=1)
    return dt.date.fromisoformat(value)


def load_letters(devset: Path) -> tuple[list[dict[str, object]], dict[str, str]]:
    labels = json.loads((devset / "labels.json").read_text(encoding="utf-8"))
    texts = {}
    for letter in labels["letters"]:
        raw = (devset / letter["file"]).read_text(encoding="utf-8")
        texts[letter["file"]] = raw.split("\n", 1)[1] if raw.startswith("SOURCE:") else raw
    return labels["letters"], texts


def devset_cases(letters: list[dict[str, object]], *, required_only: bool) -> list[Case]:
    cases = []
    for letter in letters:
        ref = dt.date.fromisoformat(str(letter.get("letter_date") or letter.get("reference_date")))
        for item in letter["commitments"]:  # type: ignore[attr-defined]
            gold = _gold(item["deadline"])
            if gold is None or (required_only and not item["required"]):
                continue
            cases.append(Case(item["quote"], ref, gold, f"{letter['file']}: {item['deadline_text']!r}"))
    return cases


def table_cases(path: Path) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Case(r["text"], dt.date.fromisoformat(r["ref"]), _gold(r["date"]), "table")
            for r in csv.DictReader(handle)
        ]


def ours(text: str, reference: dt.date, *, allow_past: bool = False) -> dt.date | None:
    best = primary(find(text, reference), reference, allow_past=allow_past)
    return best.date if best else None


def dateparser_first(text: str, reference: dt.date) -> dt.date | None:
    from dateparser.search import search_dates

    base = dt.datetime.combine(reference, dt.time())
    found = search_dates(
        text, languages=["nl"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    )
    return found[0][1].date() if found else None


def accuracy(
    cases: list[Case], resolver: Callable[[str, dt.date], dt.date | None]
) -> tuple[float, list[str]]:
    misses = []
    for case in cases:
        got = resolver(case.text, case.reference)
        if got != case.gold:
            misses.append(f"{case.source} {' '.join(case.text.split())[:90]!r}: want {case.gold}, got {got}")
    return 1 - len(misses) / max(len(cases), 1), misses


def timed(func: Callable[[str, dt.date], object], items: Iterable[tuple[str, dt.date]]) -> float:
    items = list(items)
    start = time.perf_counter()
    for text, ref in items:
        func(text, ref)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--table", type=Path, default=PHRASE_TABLE)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds; the best of each counts")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong date of the resolver")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # dateparser's own deprecation noise

    letters, texts = load_letters(args.devset)
    table = table_cases(args.table)
    dev_required = devset_cases(letters, required_only=True)
    dev_all = devset_cases(letters, required_only=False)
    sentences = [
        (s, dt.date.fromisoformat(str(letter.get("letter_date") or letter.get("reference_date"))))
        for letter in letters
        for s in _SENTENCE_END.split(texts[str(letter["file"])])
        if s.strip()
    ] + [(c.text, c.reference) for c in table]
    whole = [
        (
            texts[str(letter["file"])],
            dt.date.fromisoformat(str(letter.get("letter_date") or letter.get("reference_date"))),
        )
        for letter in letters
    ]

    print(
        f"phrase table: {len(table)} texts; devset: {len(dev_required)} required items with a gold date "
        f"({len(dev_all)} with borderline ones); {len(sentences)} sentences; {len(whole)} letters"
    )
    rows = [
        ("phrase table", table),
        ("devset required", dev_required),
        ("devset all", dev_all),
    ]
    table_accuracy = 0.0
    for name, cases in rows:
        acc_ours, misses = accuracy(cases, ours)
        acc_past, _ = accuracy(cases, lambda t, r: ours(t, r, allow_past=True))
        acc_dp, _ = accuracy(cases, dateparser_first)
        table_accuracy = acc_ours if name == "phrase table" else table_accuracy
        print(
            f"{name:16} resolver {acc_ours:6.1%}  (allow_past {acc_past:6.1%})   search_dates {acc_dp:6.1%}"
        )
        if args.show_misses:
            for miss in misses:
                print("    miss:", miss)

    # Warm both up (dateparser loads its language data on first use). The two are timed in alternating
    # rounds and each keeps its best round, so a busy machine slows both alike.
    find(whole[0][0], whole[0][1])
    dateparser_first("Dit najaar, op 1 oktober 2020.", dt.date(2020, 1, 1))
    t_ours_whole = t_dp_whole = t_ours_sent = t_dp_sent = float("inf")
    for _ in range(args.rounds):
        t_ours_whole = min(t_ours_whole, timed(find, whole))
        t_dp_whole = min(t_dp_whole, timed(dateparser_first, whole))
        t_ours_sent = min(t_ours_sent, timed(find, sentences))
        t_dp_sent = min(t_dp_sent, timed(dateparser_first, sentences))
    speedup = t_dp_whole / t_ours_whole
    print(
        f"sentences:     resolver {t_ours_sent * 1000:8.1f} ms   search_dates {t_dp_sent * 1000:9.1f} ms   "
        f"ratio {t_dp_sent / t_ours_sent:6.1f}x"
    )
    print(
        f"whole letters: resolver {t_ours_whole * 1000:8.1f} ms   search_dates {t_dp_whole * 1000:9.1f} ms   "
        f"ratio {speedup:6.1f}x"
    )

    failed = []
    if table_accuracy < TARGET_ACCURACY:
        failed.append(f"phrase-table accuracy {table_accuracy:.1%} < {TARGET_ACCURACY:.0%}")
    if speedup < TARGET_SPEEDUP:
        failed.append(f"speed ratio {speedup:.1f}x < {TARGET_SPEEDUP:.0f}x")
    print("FAIL: " + "; ".join(failed) if failed else "OK: targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
