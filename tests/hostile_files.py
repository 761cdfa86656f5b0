"""Hostile files made on the spot: deflate bombs (built in milliseconds by repeating one fully flushed
block, so nothing of their inflated size is ever computed here), DOCX archives with lying directories, and
PDFs with arbitrary content streams."""

from __future__ import annotations

import struct
import zlib

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CHUNK = 1024 * 1024


def deflate_bomb(unit: bytes, inflated: int, prefix: bytes = b"", suffix: bytes = b"") -> bytes:
    """Raw deflate data of ``prefix``, ``unit`` repeated to about ``inflated`` bytes, then ``suffix``."""
    chunk = unit * max(1, _CHUNK // len(unit))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "a fully flushed block must not depend on what came before"
    tail = compressor.compress(suffix) + compressor.flush(zlib.Z_FINISH)
    return head + block * max(1, inflated // len(chunk) - 1) + tail


def zlib_wrap(raw_deflate: bytes) -> bytes:
    """A zlib stream around raw deflate data (the checksum is not right; readers that care say corrupt)."""
    return b"\x78\xda" + raw_deflate + b"\0\0\0\0"


def zip_archive(members: dict[str, tuple[bytes, int, int]]) -> bytes:
    """A zip written by hand from ``name: (raw deflate data, declared size, crc)``: the directory says
    whatever it is told."""
    out = bytearray()
    directory = bytearray()
    for name, (data, declared, crc) in members.items():
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), declared, len(encoded), 0
        )
        out += encoded + data
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(data),
            declared,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        directory += encoded
    start = len(out)
    out += directory
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), start, 0)
    return bytes(out)


def honest_member(content: bytes) -> tuple[bytes, int, int]:
    """A member whose directory entry tells the truth."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(content) + compressor.flush(), len(content), zlib.crc32(content)


def word_xml(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WORD_NS}"><w:body>{body}'
        "</w:body></w:document>"
    ).encode()


def paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


def pdf_with_stream(stream: bytes, filters: str = "/FlateDecode") -> bytes:
    """A one-page PDF whose content stream is ``stream`` as given, with ``filters`` in its dictionary."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(stream), filters.encode())
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
