"""Extraction speed on a synthetic 50-page letter, against ``dateparser.search_dates`` over the same text.

Run: ``.venv/bin/python -m bench.bench_extraction``. The letter is the development set's letters joined until
it is about 50 pages of 3,000 characters. dateparser is slow, so it runs on a slice for at most a few seconds
and its time is extrapolated per character; the output says so.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from dateparser.search import search_dates

from commitments.extraction import extract

PAGES = 50
PAGE_CHARACTERS = 3000
DATEPARSER_BUDGET_SECONDS = 5.0
DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset"


def synthetic_letter() -> str:
    """Development-set letters (without their SOURCE lines) joined to about 50 pages."""
    parts = []
    for path in sorted(DEVSET.glob("letter-*.txt")):
        text = path.read_text("utf-8")
        parts.append(text.split("\n", 1)[1] if text.startswith("SOURCE:") else text)
    body = "\n\n".join(parts)
    letter = body
    while len(letter) < PAGES * PAGE_CHARACTERS:
        letter += "\n\n" + body
    return letter[: PAGES * PAGE_CHARACTERS]


def _dateparser_seconds_per_character(text: str) -> tuple[float, int]:
    """Time dateparser on slices until the budget is spent: (seconds per character, characters done)."""
    done = 0
    spent = 0.0
    step = 2000
    while done < len(text) and spent < DATEPARSER_BUDGET_SECONDS:
        piece = text[done : done + step]
        started = time.perf_counter()
        search_dates(piece, languages=["nl"])
        spent += time.perf_counter() - started
        done += len(piece)
    return spent / max(done, 1), done


def main() -> None:
    letter = synthetic_letter()
    extract(letter[:5000], date(2024, 1, 1))  # warm up compiled patterns and the calendar
    started = time.perf_counter()
    extraction = extract(letter, date(2024, 1, 1))
    seconds = time.perf_counter() - started
    per_character, measured = _dateparser_seconds_per_character(letter)
    dateparser_seconds = per_character * len(letter)
    print(f"letter: {len(letter):,} characters, {PAGES} pages, {len(extraction.commitments)} items found")
    print(f"extract: {seconds:.3f} s, {PAGES / seconds:,.0f} pages/s")
    note = "measured" if measured >= len(letter) else f"extrapolated from {measured:,} characters"
    print(f"dateparser.search_dates: {dateparser_seconds:.1f} s for the same text ({note})")
    print(f"ratio: extract is {dateparser_seconds / seconds:,.0f}x faster than dateparser.search_dates")


if __name__ == "__main__":
    main()
