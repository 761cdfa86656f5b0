"""Reading a PDF letter without trusting it.

pdfium inflates a page's content stream whole when it loads the page, whatever its size, so before pdfium
sees the file every Flate stream in it is inflated here in chunks (and discarded) against a running byte
budget; a stream that is Flate inside Flate is followed to its innermost layer. Other filters (LZW) are
left to the memory limit of the worker process that reads letters. Pages and characters have a budget too.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

import pypdfium2 as pdfium

from commitments.extraction.normalise import clean_layout
from commitments.extraction.reading import (
    CHUNK_BYTES,
    MAX_INFLATED_BYTES,
    MAX_PDF_PAGES,
    Document,
    DocumentError,
    Inflation,
    TextBudget,
)

MIN_TEXT_PER_PAGE = 20
MAX_LAYERS = 4
# pdfium marks a hyphen that breaks a word at the end of a line as U+FFFE (or a soft hyphen).
_PDF_LINE_HYPHEN = re.compile("[\ufffe\u00ad]\r?\n?")
# pdfium is lenient about what follows the keyword; a zlib header never starts with white space
_STREAM_START = re.compile(rb"(?<!end)stream[\x00\t\n\x0c\r ]*")
_Bytes = bytes | memoryview


def _unreadable() -> DocumentError:
    return DocumentError(
        "Dit PDF-bestand is beschadigd of onleesbaar. Sla de brief opnieuw op als PDF en stuur hem nog "
        "eens, of stuur hem als DOCX, HTML of tekst."
    )


def read_pdf(data: bytes) -> Document:
    """The text layer of a PDF, with repeated headers, sidebars and page numbers removed."""
    check_streams(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(
                "Dit PDF-bestand is versleuteld; stuur een versie zonder wachtwoord."
            ) from exc
        raise _unreadable() from exc
    chars = TextBudget()
    try:
        total = len(pdf)
        pages = list(_page_texts(pdf, min(total, MAX_PDF_PAGES), chars))
    except pdfium.PdfiumError as exc:
        raise _unreadable() from exc
    finally:
        pdf.close()
    if not pages:
        raise DocumentError("Dit PDF-bestand heeft geen pagina's.")
    characters = sum(len(page.strip()) for page in pages)
    if characters < MIN_TEXT_PER_PAGE * len(pages):
        raise DocumentError(
            "Dit PDF-bestand heeft geen tekstlaag (gescand document?); stuur een doorzoekbare PDF."
        )
    complete = chars.complete and len(pages) == total
    return Document(clean_layout(pages), "pdf", len(pages), complete=complete, total_pages=total)


def _page_texts(pdf: pdfium.PdfDocument, count: int, chars: TextBudget) -> Iterator[str]:
    """The text of the first ``count`` pages, until the character budget is spent."""
    for index in range(count):
        page = pdf[index]
        textpage = page.get_textpage()
        try:
            wanted = min(textpage.count_chars(), chars.left + 1)
            text = chars.take(textpage.get_text_range(count=wanted) if wanted else "")
        finally:
            textpage.close()
            page.close()
        yield _PDF_LINE_HYPHEN.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
        if not chars.complete:
            return


def check_streams(data: bytes) -> None:
    """Refuse a PDF whose Flate streams together inflate beyond the budget, without keeping what they
    inflate to (the cost is a pass of zlib over at most the budget)."""
    inflation = Inflation(MAX_INFLATED_BYTES)
    view = memoryview(data)
    for start in _STREAM_START.finditer(data):
        for chunk in _innermost(_raw_chunks(view[start.end() :])):
            inflation.spend(len(chunk))


def _raw_chunks(view: memoryview) -> Iterator[_Bytes]:
    for offset in range(0, len(view), CHUNK_BYTES):
        yield view[offset : offset + CHUNK_BYTES]


def _innermost(chunks: Iterator[_Bytes]) -> Iterator[_Bytes]:
    """What a stream inflates to, following Flate inside Flate; nothing for a stream that is not Flate."""
    layer: Iterator[_Bytes] = chunks
    for _ in range(MAX_LAYERS):
        inflated = _inflate(layer)
        first = next(inflated, b"")
        if not _looks_like_zlib(first):
            yield first
            yield from inflated
            return
        layer = _prepend(first, inflated)
    yield from layer


def _prepend(first: _Bytes, rest: Iterator[_Bytes]) -> Iterator[_Bytes]:
    yield first
    yield from rest


def _looks_like_zlib(head: _Bytes) -> bool:
    """A zlib header: deflate method, and the check bits right."""
    return len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _inflate(chunks: Iterator[_Bytes]) -> Iterator[bytes]:
    """Inflate a zlib stream in pieces of at most :data:`CHUNK_BYTES` until it ends or turns out not to be
    zlib (the bytes after a stream's end are not looked at)."""
    inflater = zlib.decompressobj()
    for chunk in chunks:
        pending: _Bytes = chunk
        while pending and not inflater.eof:
            try:
                out = inflater.decompress(pending, CHUNK_BYTES)
            except zlib.error:
                return
            if out:
                yield out
            pending = inflater.unconsumed_tail
        if inflater.eof:
            return
