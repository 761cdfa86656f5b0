"""Extraction speed and memory on long texts, against ``dateparser.search_dates`` on the same text.

Run: ``.venv/bin/python -m bench.bench_extraction [--devset ../shared/devset]``. The text is letters 1-55 of
the development set (without their SOURCE lines) joined and repeated to the size wanted (letters 56-76 are
kept aside for honest measurement and are not read). ``extract`` is timed on two sizes; a growth in time
that is linear keeps the seconds per MB about equal, so their ratio near 1 shows it. dateparser is slow:
it runs on slices of the same text for a few seconds and its throughput is compared with extract's. Peak
memory is measured in a separate process that reads a 20 MB text file as ``toezegbot extract FILE --json``
does (read, extract, write the JSON) and reports its own peak RSS and how many characters it read: a letter
longer than the reader's character budget (``reading.MAX_TEXT_CHARS``) is read up to it, and the CLI and
the chat say so.

Times are CPU seconds of this process (``time.process_time``), for extract and dateparser alike: on a
shared machine the work of other processes would otherwise count as extraction time.

Exits 1 when a target is missed: the 2 MB text in under 1 s, at least 20 times the throughput of
``search_dates``, under 300 MB peak for 20 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date
from pathlib import Path

from commitments.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SIZES = (MB // 2, 2 * MB)
MEMORY_SIZE = 20 * MB
LETTERS = range(1, 56)
REFERENCE = date(2024, 1, 1)
DATEPARSER_BUDGET_SECONDS = 5.0
TARGET_SECONDS_2MB = 1.0
TARGET_SPEEDUP = 20.0
TARGET_PEAK_MB = 300.0

# The child process: the work of ``toezegbot extract FILE --json`` without the CLI around it.
_MEMORY_CHILD = """
import json, resource, sys
from datetime import date
from commitments.extraction import extract, read_document
document = read_document(sys.argv[1])
extraction = extract(document.text, date(2024, 1, 1), document.body_start, today=date(2024, 1, 1))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(extraction.to_json(), out, ensure_ascii=False, indent=2)
print(len(extraction.commitments), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(document.text))
"""


def corpus(devset: Path) -> str:
    """Letters 1-55 without their SOURCE lines, joined by blank lines."""
    parts = []
    for number in LETTERS:
        text = (devset / f"letter-{number:02d}.txt").read_text("utf-8")
        parts.append(text.split("\n", 1)[1] if text.startswith("SOURCE:") else text)
    return "\n\n".join(parts)


def text_of_size(body: str, size: int) -> str:
    """``body`` repeated to ``size`` characters, cut at a line end."""
    text = body
    while len(text) < size:
        text += "\n\n" + body
    cut = text.rfind("\n", 0, size)
    return text[: cut if cut > 0 else size]


def time_extract(text: str, rounds: int) -> float:
    """The best of ``rounds`` runs, in CPU seconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        extract(text, REFERENCE, today=REFERENCE)
        best = min(best, time.process_time() - started)
    return best


def dateparser_throughput(text: str) -> tuple[float, int]:
    """Characters per second of ``search_dates(languages=["nl"])`` on slices of ``text``, and how many
    characters it read."""
    from dateparser.search import search_dates

    done = 0
    spent = 0.0
    step = 2000
    while done < len(text) and spent < DATEPARSER_BUDGET_SECONDS:
        piece = text[done : done + step]
        started = time.process_time()
        search_dates(piece, languages=["nl"])
        spent += time.process_time() - started
        done += len(piece)
    return done / spent, done


def peak_memory(body: str) -> tuple[float, float, int, int]:
    """(peak RSS in MB, seconds, items, characters read) of a child process extracting a 20 MB text file
    (a letter longer than the reader's character budget is read up to it, and the user is told so)."""
    with tempfile.TemporaryDirectory() as folder:
        letter = Path(folder) / "letter.txt"
        letter.write_text(text_of_size(body, MEMORY_SIZE), encoding="utf-8")
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, str(letter), str(Path(folder) / "out.json")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - started
    items, peak_kb, read = result.stdout.split()
    return int(peak_kb) / 1024, seconds, int(items), int(read)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "devset")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per size; the best counts")
    parser.add_argument("--no-memory", action="store_true", help="skip the 20 MB memory measurement")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # dateparser's own deprecation noise

    body = corpus(args.devset)
    extract(body[:5000], REFERENCE, today=REFERENCE)  # warm up compiled patterns and the calendar
    per_mb = []
    seconds = 0.0
    for size in SIZES:
        text = text_of_size(body, size)
        seconds = time_extract(text, args.rounds)
        per_mb.append(seconds / (len(text) / MB))
        print(
            f"extract {len(text) / MB:4.1f} MB: {seconds:6.3f} CPU s  {len(text) / MB / seconds:5.2f} MB/s  "
            f"({per_mb[-1]:.3f} s per MB)"
        )
    growth = per_mb[-1] / per_mb[0]
    print(
        f"growth: time per MB at {SIZES[-1] / MB:.0f} MB / at {SIZES[0] / MB:.1f} MB = {growth:.2f} "
        "(1 = linear)"
    )

    largest = text_of_size(body, SIZES[-1])
    dateparser_rate, measured = dateparser_throughput(largest)
    extract_rate = len(largest) / seconds
    speedup = extract_rate / dateparser_rate
    print(
        f"dateparser.search_dates: {dateparser_rate / MB * 1000:.1f} KB/s "
        f"(measured on the first {measured:,} characters of the same text)"
    )
    print(f"ratio: extract has {speedup:,.0f}x the throughput of dateparser.search_dates")

    failed = []
    if seconds >= TARGET_SECONDS_2MB:
        failed.append(f"2 MB in {seconds:.2f} s, not under {TARGET_SECONDS_2MB:.0f} s")
    if speedup < TARGET_SPEEDUP:
        failed.append(f"throughput ratio {speedup:.1f}x < {TARGET_SPEEDUP:.0f}x")
    if not args.no_memory:
        peak_mb, child_seconds, items, read = peak_memory(body)
        print(
            f"memory: {MEMORY_SIZE / MB:.0f} MB text file read (its first {read:,} characters, as the "
            f"reader's budget allows; the user is told), extracted and written as JSON in "
            f"{child_seconds:.1f} s ({items} items), peak RSS {peak_mb:.0f} MB"
        )
        if peak_mb >= TARGET_PEAK_MB:
            failed.append(f"peak RSS {peak_mb:.0f} MB >= {TARGET_PEAK_MB:.0f} MB")
    print("FAIL: " + "; ".join(failed) if failed else "OK: targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
