"""Benchmark: how fast the ``toezegbot`` program starts, against a bare Python that imports click.

Run from the repository root:  .venv/bin/python -m bench.bench_startup [--runs 7]

Each command runs in a fresh process, ``--runs`` times; the median wall time counts. The baseline
(``python -c "import click"``) runs in the same loop, so the ratio says what toezegbot adds on this machine
whatever else it is doing. Exits 1 when ``toezegbot --help`` takes 0.3 s or more, or ``toezegbot deadline
"eind 2026"`` 0.6 s or more (issue 13).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROGRAM = Path(sys.executable).with_name("toezegbot")
CASES = {
    "baseline: python -c 'import click'": ([sys.executable, "-c", "import click"], None),
    "toezegbot --help": ([str(PROGRAM), "--help"], 0.3),
    'toezegbot deadline "eind 2026"': ([str(PROGRAM), "deadline", "eind 2026"], 0.6),
}


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    baseline = None
    failed = False
    for label, (command, target) in CASES.items():
        seconds = _median_seconds(command, runs)
        baseline = baseline or seconds
        verdict = "" if target is None else (" ok" if seconds < target else f" FAIL (target < {target} s)")
        print(f"{label:<36} {seconds:6.3f} s  {seconds / baseline:5.1f}x baseline{verdict}")
        failed = failed or (target is not None and seconds >= target)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
