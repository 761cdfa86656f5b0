"""Reading a letter a user sends: PDF, DOCX, HTML, plain text or markdown, into one text.

Every refusal is a :class:`DocumentError` whose message is a Dutch sentence the bot can show as it is.
Nothing is stored here; the caller decides what to keep. What a file may cost is bounded by the budgets in
:mod:`commitments.extraction.reading`: a letter longer than the character budget is read up to it, and
:attr:`Document.notice` says so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

from bs4 import BeautifulSoup, CData, NavigableString, PageElement, Tag

from commitments.extraction.language import looks_dutch
from commitments.extraction.pdf import read_pdf
from commitments.extraction.reading import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    Document,
    DocumentError,
    cut_at_line,
)
from commitments.extraction.word import read_docx

__all__ = ["MAX_FILE_BYTES", "Document", "DocumentError", "clean_filename", "file_bytes", "read_document"]

SOURCE_PREFIX = "SOURCE:"
MAX_FILENAME_CHARS = 120
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}  # control and format characters (right-to-left overrides) and breaks
MAX_MARKUP_CHARS = 4 * MAX_TEXT_CHARS  # parsing takes about 2.5 s a million characters

_PLAIN = {".txt": "txt", ".md": "md", ".markdown": "md", ".text": "txt"}
_HTML = {".html", ".htm", ".xhtml"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF = 4096


def read_document(source: str | Path | bytes, filename: str | None = None) -> Document:
    """Read a PDF, DOCX, HTML, text or markdown letter from a path, or from bytes named by ``filename``."""
    if isinstance(source, bytes):
        data = source
        name = filename or ""
        _check_size(len(data))
    else:
        path = Path(source)
        name = filename or path.name
        data = file_bytes(path)
    if not data.strip():
        raise DocumentError("Het bestand is leeg.")
    document = _read_by_type(data, name)
    if not document.text[document.body_start :].strip():
        raise DocumentError("Het document bevat geen tekst.")
    if not looks_dutch(document.text[document.body_start :]):
        raise DocumentError(
            "Dit lijkt geen Nederlandstalige brief; ik kan alleen Nederlandse Kamerbrieven lezen."
        )
    return document


def file_bytes(path: Path) -> bytes:
    """The bytes of a letter's file; a file that cannot be read or is too large is refused in Dutch."""
    try:
        _check_size(path.stat().st_size)
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Het bestand {path.name} kan niet worden gelezen.") from exc


def clean_filename(name: str) -> str:
    """A file name as sent, made safe to show and store: no folders, no control or direction characters,
    white space collapsed, at most :data:`MAX_FILENAME_CHARS` characters (the extension kept)."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    visible = "".join(" " if unicodedata.category(char) in _INVISIBLE else char for char in base)
    cleaned = " ".join(visible.split()).strip(" .") or "brief"
    if len(cleaned) <= MAX_FILENAME_CHARS:
        return cleaned
    suffix = Path(cleaned).suffix[:10]
    return cleaned[: MAX_FILENAME_CHARS - len(suffix) - 1] + "…" + suffix


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise DocumentError(f"Het bestand is te groot (meer dan {limit} MB); stuur een kleinere versie.")


def _read_by_type(data: bytes, name: str) -> Document:
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return read_pdf(data)
    if data.startswith(b"PK") or suffix == ".docx":
        return read_docx(data)
    text = decode_text(data)
    if suffix in _HTML or re.match(r"\s*(?:<!doctype html|<html)", text[:500], re.IGNORECASE):
        return read_html(text)
    if suffix and suffix not in _PLAIN:
        raise DocumentError(
            f"Bestanden van het type {suffix} kan ik niet lezen; stuur een PDF, DOCX, HTML of tekst."
        )
    return read_plain(text, _PLAIN.get(suffix, "txt"))


def decode_text(data: bytes) -> str:
    """Text in UTF-8 or UTF-16 (each with or without a byte order mark) or else Windows-1252.

    A byte order mark decides; without one, NUL bytes at every other position mean UTF-16 (little or big
    endian by where they are); other NUL bytes mean the file is not text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    head = data[:_SNIFF]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise DocumentError("Dit bestand is geen tekst, PDF, DOCX of HTML; ik kan het niet lezen.")
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when most characters have a NUL high byte on one side, else None."""
    pairs = len(head) // 2
    if pairs == 0:
        return None
    odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
    if odd_nuls > 0.6 * pairs and even_nuls < 0.1 * pairs:
        return "utf-16-le"
    if even_nuls > 0.6 * pairs and odd_nuls < 0.1 * pairs:
        return "utf-16-be"
    return None


def read_plain(text: str, kind: str = "txt") -> Document:
    """A text or markdown letter, unchanged up to the character budget, so that offsets point into it."""
    body_start = 0
    if text.startswith(SOURCE_PREFIX):
        newline = text.find("\n")
        body_start = len(text) if newline < 0 else newline + 1
    kept = cut_at_line(text, body_start + MAX_TEXT_CHARS)
    return Document(kept, kind, 1, body_start, complete=len(kept) == len(text))


_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "dd", "dt")
_CELL_TAGS = ("td", "th")
_CONTENT_SELECTORS = ("#broodtekst", "div.stuk", "article", "main", "#content", "body")
_NOISE_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "svg")


def read_html(markup: str) -> Document:
    """The letter text of an HTML page (officielebekendmakingen.nl, tweedekamer.nl), without site chrome.

    Only the first :data:`MAX_MARKUP_CHARS` of the markup are parsed (a parsed page takes many times its
    size in memory); the letter is then marked incomplete.
    """
    soup = BeautifulSoup(markup[:MAX_MARKUP_CHARS], "lxml")
    title = _page_title(soup)
    for noise in soup.find_all(_NOISE_TAGS):
        noise.decompose()
    content: Tag | BeautifulSoup = soup
    for selector in _CONTENT_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            content = found
            break
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in _laid_out(content).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    kept = cut_at_line(text, MAX_TEXT_CHARS)
    complete = len(markup) <= MAX_MARKUP_CHARS and kept == text
    return Document(kept, "html", 1, complete=complete, title=title)


_SITE_SEPARATOR = re.compile(r"\s+[|›»]\s+")
_LETTER_ABOUT = re.compile(r"^(?:kamer)?brief\s+(?:over|inzake|betreffende|aangaande)\s+", re.IGNORECASE)


def _page_title(soup: BeautifulSoup) -> str | None:
    """The page's ``<title>`` without the site name after a bar ("… | Rijksoverheid.nl") and without
    "Kamerbrief over" before its subject; None when it is missing or a single word ("Kamerbrief"), which
    names no letter."""
    if soup.title is None:
        return None
    title = " ".join(_SITE_SEPARATOR.split(soup.title.get_text(), maxsplit=1)[0].split())
    title = _LETTER_ABOUT.sub("", title)
    return title[:1].upper() + title[1:] if len(title.split()) >= 2 else None


def _laid_out(content: Tag) -> str:
    """The text under ``content`` with a blank line around each block, a line break for ``<br>``, a bullet
    before each list item and a table row on one line, its cells between bars as in markdown ("| Datum |
    10 december 2026 |"), so that a label and its value stay one field: one walk without recursion (deep
    nesting cannot overflow the stack) and without changing the tree (inserting into it costs time
    quadratic in the number of blocks)."""
    parts: list[str] = []
    stack: list[PageElement | str] = list(reversed(content.contents))
    while stack:
        item = stack.pop()
        if type(item) is str:  # a block's closing break, pushed below its children
            parts.append(item)
        elif type(item) in (NavigableString, CData):
            parts.append(str(item))
        elif isinstance(item, Tag):
            if item.name == "br":
                parts.append("\n")
                continue
            if item.name in _BLOCK_TAGS:
                parts.append("\n\n")
                stack.append("\n\n")
            if item.name == "li":
                parts.append("• ")
            elif item.name == "tr":
                stack.append(" |")
            elif item.name in _CELL_TAGS:
                parts.append(" | ")
            stack.extend(reversed(item.contents))
    return "".join(parts)
