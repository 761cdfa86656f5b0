"""Hostile and huge files, made here, read the way the bot reads them: in a worker process with a memory
limit. A reader that held a bomb in memory would end as "meer dan … MB geheugen" instead of the refusal the
test expects, so each test proves the budget held, not only that a message came."""

from __future__ import annotations

import asyncio
import codecs
import os
import time
import zlib
from pathlib import Path

import pytest

from commitments.extraction import Document, DocumentError, read_document
from commitments.extraction.documents import clean_filename, decode_text
from commitments.extraction.reading import MAX_TEXT_CHARS
from commitments.isolation import (
    WORKERS,
    LimitExceeded,
    Limits,
    WorkerFailed,
    run_isolated,
    run_limited,
    worker_slots,
)
from tests.hostile_files import (
    WORD_NS,
    deflate_bomb,
    honest_member,
    paragraphs,
    pdf_with_stream,
    word_xml,
    zip_archive,
    zlib_wrap,
)

GIB = 1024**3
TIGHT = Limits(memory_bytes=200 * 1024 * 1024, seconds=25)
LETTER = "De minister zal uw Kamer voor de zomer informeren over de voortgang van het programma. "
BUDGET_REFUSAL = r"pakt uit tot meer dan (64|128) MB"


def read_in_worker(data: bytes, name: str) -> Document:
    return run_limited(read_document, data, name, limits=TIGHT)


def _docx_with_body(raw_body: bytes, declared: int) -> bytes:
    return zip_archive({"word/document.xml": (raw_body, declared, 0)})


def test_docx_bomb_is_refused_at_the_budget_with_its_memory_bounded() -> None:
    raw = deflate_bomb(b"<w:r/>", 2 * GIB, prefix=word_xml("<w:p>")[: -len("</w:body></w:document>")])
    assert len(raw) < 4 * 1024 * 1024
    with pytest.raises(DocumentError, match=BUDGET_REFUSAL):
        read_in_worker(_docx_with_body(raw, 2 * GIB - 1), "bom.docx")


def test_docx_whose_directory_understates_the_bomb_is_refused() -> None:
    raw = deflate_bomb(b"<w:r/>", 2 * GIB, prefix=word_xml("<w:p>")[: -len("</w:body></w:document>")])
    with pytest.raises(DocumentError, match=r"beschadigd|pakt uit"):
        read_in_worker(_docx_with_body(raw, 50 * 1024 * 1024), "klein-gelogen.docx")


def test_docx_with_a_huge_valid_body_is_read_up_to_the_character_budget() -> None:
    paragraph = paragraphs(LETTER).encode()
    head, tail = word_xml("").split(b"</w:body>")
    raw = deflate_bomb(paragraph, 60 * 1024 * 1024, prefix=head, suffix=b"</w:body>" + tail)
    document = read_in_worker(_docx_with_body(raw, 0xFFFFFFFF), "lang.docx")
    assert not document.complete
    assert MAX_TEXT_CHARS * 0.9 < len(document.text) <= MAX_TEXT_CHARS + 1
    assert document.notice is not None
    assert "500.000 tekens" in document.notice


def test_docx_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-WACHTWOORD")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + paragraphs(LETTER * 3, "&xxe;", "&d;&d;&d;&d;&d;&d;&d;&d;")
        + "</w:body></w:document>"
    ).encode()
    document = read_in_worker(zip_archive({"word/document.xml": honest_member(xml)}), "xxe.docx")
    assert "GEHEIM" not in document.text
    assert "aaaaaaaaaa" not in document.text
    assert "De minister zal uw Kamer" in document.text


def test_docx_with_too_many_parts_is_refused_before_they_are_listed() -> None:
    members = {f"word/x{number}.xml": honest_member(b"") for number in range(5_001)}
    with pytest.raises(DocumentError, match="onredelijk veel onderdelen"):
        read_in_worker(zip_archive(members), "veel.docx")


@pytest.mark.parametrize("layers", [1, 2])
def test_pdf_with_a_gigabyte_content_stream_is_refused_before_pdfium_reads_it(layers: int) -> None:
    stream = zlib_wrap(deflate_bomb(b"0 0 m ", GIB, prefix=b"BT /F1 11 Tf 50 780 Td (Hallo) Tj ET "))
    filters = "/FlateDecode"
    if layers == 2:
        stream, filters = zlib.compress(stream, 9), "/FlateDecode /FlateDecode"
    pdf = pdf_with_stream(stream, filters)
    assert len(pdf) < 2 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(DocumentError, match=BUDGET_REFUSAL):
        read_in_worker(pdf, "bom.pdf")
    assert time.monotonic() - started < 10


def test_pdf_with_an_ordinary_compressed_stream_is_read() -> None:
    content = b"BT /F1 11 Tf 50 780 Td 14 TL " + b" ".join(b"(%s) Tj T*" % LETTER.encode() for _ in range(3))
    document = read_in_worker(pdf_with_stream(zlib.compress(content)), "gewoon.pdf")
    assert "informeren over de voortgang" in document.text
    assert document.complete


def test_huge_text_letter_is_read_up_to_the_budget_and_says_so() -> None:
    data = (LETTER + "\n").encode() * (19 * 1024 * 1024 // (len(LETTER) + 1))
    started = time.monotonic()
    document = read_in_worker(data, "lang.txt")
    assert time.monotonic() - started < 10
    assert not document.complete
    assert len(document.text) <= MAX_TEXT_CHARS
    assert document.notice is not None
    assert "de eerste" in document.notice


def test_a_letter_within_the_budget_is_complete_and_has_no_notice() -> None:
    document = read_document((LETTER * 20).encode(), "kort.txt")
    assert document.complete
    assert document.notice is None


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF16_LE + LETTER.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + LETTER.encode("utf-16-be"),
        LETTER.encode("utf-16-le"),
        LETTER.encode("utf-16-be"),
        codecs.BOM_UTF8 + LETTER.encode(),
        LETTER.encode(),
    ],
    ids=["utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8-bom", "utf8"],
)
def test_text_letters_in_utf8_and_utf16_are_decoded(encoded: bytes) -> None:
    assert decode_text(encoded) == LETTER
    assert read_document(encoded * 4, "brief.txt").text.startswith("De minister zal")


def test_windows_1252_text_is_decoded() -> None:
    text = "Het Rijk geeft € 5 miljoen uit aan “betere” zorg; café’s en coöperaties krijgen uitstel."
    assert decode_text(text.encode("cp1252")) == text


def test_binary_with_nul_bytes_is_not_taken_for_text() -> None:
    with pytest.raises(DocumentError, match="geen tekst"):
        read_document(bytes(range(256)) * 20, "plaatje.txt")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\brief.pdf", "brief.pdf"),
        ("brief\u202efdp.exe", "brief fdp.exe"),
        ("a\x00b\nc.txt", "a b c.txt"),
        ("<b>brief<b>.pdf", "<b>brief<b>.pdf"),
        ("...", "brief"),
    ],
)
def test_hostile_file_names_are_cleaned(name: str, expected: str) -> None:
    assert clean_filename(name) == expected


def test_a_very_long_file_name_is_shortened_with_its_extension_kept() -> None:
    cleaned = clean_filename("x" * 5000 + ".docx")
    assert len(cleaned) == 120
    assert cleaned.endswith("….docx")


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def _abort() -> None:
    os.abort()


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def _fail() -> None:
    raise ValueError("kapot")


def test_worker_past_its_memory_limit_ends_with_a_dutch_message() -> None:
    assert run_limited(_allocate, 50, limits=TIGHT) == 50 * 1024 * 1024
    with pytest.raises(LimitExceeded, match="meer dan 200 MB geheugen"):
        run_limited(_allocate, 400, limits=TIGHT)


def test_worker_that_dies_natively_ends_with_a_dutch_message() -> None:
    with pytest.raises(LimitExceeded, match="geheugen"):
        run_limited(_abort, limits=TIGHT)


def test_worker_past_its_time_is_killed_with_a_dutch_message() -> None:
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="langer dan 1 seconden"):
        run_limited(_sleep, 30, limits=Limits(seconds=1))
    assert time.monotonic() - started < 5


def test_unexpected_error_in_the_worker_carries_its_traceback() -> None:
    with pytest.raises(WorkerFailed, match="ValueError: kapot"):
        run_limited(_fail, limits=TIGHT)


async def _hold_every_worker() -> None:
    for _ in range(WORKERS):
        await worker_slots().acquire()


def _free_every_worker() -> None:
    for _ in range(WORKERS):
        worker_slots().release()


async def test_jobs_waiting_for_a_worker_hold_no_thread_of_the_default_pool() -> None:
    """More letters than workers wait on the event loop, not in asyncio's default threads: the database
    work that runs there (every use case) goes on meanwhile; the waiting jobs run once workers are free."""
    await _hold_every_worker()
    try:
        waiting = [
            asyncio.create_task(run_isolated(_allocate, 1, limits=TIGHT)) for _ in range(3 * WORKERS + 4)
        ]
        await asyncio.sleep(0.1)
        assert await asyncio.wait_for(asyncio.to_thread(sum, [1, 2]), 2) == 3
        assert not any(task.done() for task in waiting)
    finally:
        _free_every_worker()
    assert await asyncio.gather(*waiting) == [1024 * 1024] * len(waiting)


async def test_no_free_worker_within_the_time_is_refused_in_dutch() -> None:
    await _hold_every_worker()
    try:
        with pytest.raises(LimitExceeded, match=f"al met {WORKERS} andere bestanden bezig"):
            await run_isolated(_fail, limits=Limits(seconds=0.2))
    finally:
        _free_every_worker()
    with pytest.raises(WorkerFailed, match="ValueError: kapot"):
        await run_isolated(_fail, limits=TIGHT)


def test_docx_runs_join_without_spaces_and_footnotes_follow_the_body() -> None:
    body = (
        "<w:p><w:r><w:t>Ik zal uw Kamer infor</w:t></w:r><w:r><w:t/></w:r><w:r><w:t>meren.</w:t></w:r></w:p>"
        + paragraphs(LETTER * 2)
    )
    notes = (
        f'<w:footnotes xmlns:w="{WORD_NS}"><w:footnote w:id="0"><w:p><w:r><w:t>-</w:t></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Kamerstuk 28 638, nr. 178.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    ).encode()
    archive = zip_archive(
        {"word/document.xml": honest_member(word_xml(body)), "word/footnotes.xml": honest_member(notes)}
    )
    document = read_document(archive, "brief.docx")
    assert "Ik zal uw Kamer informeren." in document.text
    assert document.text.rstrip().endswith("1 Kamerstuk 28 638, nr. 178.")
