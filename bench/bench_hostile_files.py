"""Peak memory and time of reading hostile files the way the bot does (``read_letter`` in a worker process
with limits), against an ordinary letter in the same run as the baseline, each bomb at two sizes: a
bounded reader costs the same at both sizes, whatever the file claims to unpack to.

    .venv/bin/python -m bench.bench_hostile_files
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from datetime import date

from commitments.errors import DomainError
from commitments.isolation import run_limited
from commitments.letter_arrival import read_letter
from tests.e2e.letters import letter_docx, letter_pdf
from tests.hostile_files import deflate_bomb, paragraphs, pdf_with_stream, word_xml, zip_archive, zlib_wrap

GIB = 1024**3
LETTER = "De minister zal uw Kamer voor de zomer informeren over de voortgang van het programma. "


def measured_read(data: bytes, name: str) -> tuple[str, float, int]:
    """Runs in the worker: the outcome (a count of items or the Dutch refusal), seconds and peak RSS (MB)."""
    started = time.perf_counter()
    try:
        outcome = f"{len(read_letter(data, name, date.today()).items)} items"
    except DomainError as exc:
        outcome = exc.message
    return outcome, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def docx_bomb(inflated: int) -> bytes:
    raw = deflate_bomb(b"<w:r/>", inflated, prefix=word_xml("<w:p>")[: -len("</w:body></w:document>")])
    return zip_archive({"word/document.xml": (raw, min(inflated, 0xFFFFFFFF), 0)})


def docx_text(inflated: int) -> bytes:
    head, tail = word_xml("").split(b"</w:body>")
    raw = deflate_bomb(paragraphs(LETTER).encode(), inflated, prefix=head, suffix=b"</w:body>" + tail)
    return zip_archive({"word/document.xml": (raw, 0xFFFFFFFF, 0)})


def pdf_bomb(inflated: int) -> bytes:
    return pdf_with_stream(zlib_wrap(deflate_bomb(b"0 0 m ", inflated, prefix=b"BT (Hallo) Tj ET ")))


def text_letter(size: int) -> bytes:
    return (LETTER + "\n").encode() * (size // (len(LETTER) + 1))


def html_letter(size: int) -> bytes:
    paragraph = f"<p>{LETTER}<br>{LETTER}</p>\n".encode()
    return b"<html><body>" + paragraph * (size // len(paragraph)) + b"</body></html>"


CASES: list[tuple[str, str, Callable[[], bytes]]] = [
    ("ordinary DOCX letter (baseline)", "brief.docx", letter_docx),
    ("ordinary PDF letter (baseline)", "brief.pdf", letter_pdf),
    ("DOCX bomb, 1 GB of XML", "bom.docx", lambda: docx_bomb(GIB)),
    ("DOCX bomb, 4 GB of XML", "bom.docx", lambda: docx_bomb(4 * GIB)),
    ("DOCX, 60 MB of text XML", "lang.docx", lambda: docx_text(60 * 1024 * 1024)),
    ("PDF bomb, 1 GB stream", "bom.pdf", lambda: pdf_bomb(GIB)),
    ("PDF bomb, 4 GB stream", "bom.pdf", lambda: pdf_bomb(4 * GIB)),
    ("text letter, 4 MB", "lang.txt", lambda: text_letter(4 * 1024 * 1024)),
    ("text letter, 19 MB", "lang.txt", lambda: text_letter(19 * 1024 * 1024)),
    ("HTML letter, 4 MB", "lang.html", lambda: html_letter(4 * 1024 * 1024)),
    ("HTML letter, 19 MB", "lang.html", lambda: html_letter(19 * 1024 * 1024)),
]


def main() -> None:
    baseline = 0
    print(f"{'file':34} {'size':>8} {'seconds':>8} {'peak RSS':>9} {'× base':>7}  outcome")
    for label, name, make in CASES:
        data = make()
        started = time.perf_counter()
        outcome, _, peak = run_limited(measured_read, data, name)
        seconds = time.perf_counter() - started
        baseline = baseline or peak
        print(
            f"{label:34} {len(data) / 1024 / 1024:7.1f}M {seconds:8.2f} {peak:7d}MB {peak / baseline:7.2f}"
            f"  {outcome[:70]}"
        )
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"this (parent) process peak RSS: {parent} MB")


if __name__ == "__main__":
    main()
