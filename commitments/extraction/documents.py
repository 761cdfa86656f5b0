"""Reading a letter a user sends: PDF, DOCX, HTML, plain text or markdown, into one text.

Every refusal is a :class:`DocumentError` whose message is a Dutch sentence the bot can show as it is.
Nothing is stored here; the caller decides what to keep.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from bs4 import BeautifulSoup, Tag
from lxml import etree

from commitments.errors import DomainError
from commitments.extraction.language import looks_dutch
from commitments.extraction.normalise import clean_layout, join_hyphenation

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200
MIN_TEXT_PER_PAGE = 20
SOURCE_PREFIX = "SOURCE:"

_PLAIN = {".txt": "txt", ".md": "md", ".markdown": "md", ".text": "txt"}
_HTML = {".html", ".htm", ".xhtml"}
# pdfium marks a hyphen that breaks a word at the end of a line as U+FFFE (or a soft hyphen).
_PDF_LINE_HYPHEN = re.compile("[\ufffe\u00ad]\r?\n?")
_WORD_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


class DocumentError(DomainError):
    """The document cannot be read; the message says why in Dutch."""


@dataclass(frozen=True)
class Document:
    """The text of a letter. ``body_start`` skips a first ``SOURCE:`` line that is not part of the letter."""

    text: str
    kind: str
    pages: int
    body_start: int = 0


def read_document(source: str | Path | bytes, filename: str | None = None) -> Document:
    """Read a PDF, DOCX, HTML, text or markdown letter from a path, or from bytes named by ``filename``."""
    if isinstance(source, bytes):
        data = source
        name = filename or ""
        _check_size(len(data))
    else:
        path = Path(source)
        name = filename or path.name
        try:
            _check_size(path.stat().st_size)
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"Het bestand {path.name} kan niet worden gelezen.") from exc
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
    text = _decode(data)
    if suffix in _HTML or re.match(r"\s*(?:<!doctype html|<html)", text[:500], re.IGNORECASE):
        return read_html(text)
    if suffix and suffix not in _PLAIN:
        raise DocumentError(
            f"Bestanden van het type {suffix} kan ik niet lezen; stuur een PDF, DOCX, HTML of tekst."
        )
    return read_plain(text, _PLAIN.get(suffix, "txt"))


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError("Dit bestand is geen tekst, PDF, DOCX of HTML; ik kan het niet lezen.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_plain(text: str, kind: str = "txt") -> Document:
    """A text or markdown letter, unchanged, so that offsets point into the file."""
    body_start = 0
    if text.startswith(SOURCE_PREFIX):
        newline = text.find("\n")
        body_start = len(text) if newline < 0 else newline + 1
    return Document(text, kind, 1, body_start)


def read_pdf(data: bytes) -> Document:
    """The text layer of a PDF, with repeated headers, sidebars and page numbers removed."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(
                "Dit PDF-bestand is versleuteld; stuur een versie zonder wachtwoord."
            ) from exc
        raise DocumentError("Dit PDF-bestand is beschadigd of onleesbaar.") from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(
                _PDF_LINE_HYPHEN.sub("", textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
            )
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentError("Dit PDF-bestand is beschadigd of onleesbaar.") from exc
    finally:
        pdf.close()
    if not pages:
        raise DocumentError("Dit PDF-bestand heeft geen pagina's.")
    characters = sum(len(page.strip()) for page in pages)
    if characters < MIN_TEXT_PER_PAGE * len(pages):
        raise DocumentError(
            "Dit PDF-bestand heeft geen tekstlaag (gescand document?); stuur een doorzoekbare PDF."
        )
    return Document(clean_layout(pages), "pdf", len(pages))


def _check_zip(archive: zipfile.ZipFile, compressed_size: int) -> None:
    """Refuse a zip bomb by its declared sizes, before anything is extracted."""
    total = sum(member.file_size for member in archive.infolist())
    if total > MAX_DOCX_UNCOMPRESSED or total > MAX_DOCX_RATIO * max(compressed_size, 1):
        raise DocumentError("Dit DOCX-bestand pakt uit tot een onredelijk grote omvang; ik lees het niet.")


def read_docx(data: bytes) -> Document:
    """Paragraphs and tables of a DOCX in order, then its footnotes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError("Dit DOCX-bestand is beschadigd of onleesbaar.") from exc
    with archive:
        _check_zip(archive, len(data))
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise DocumentError("Dit bestand is geen Word-document (DOCX).")
        try:
            body = etree.fromstring(archive.read("word/document.xml"))
            notes = (
                etree.fromstring(archive.read("word/footnotes.xml"))
                if "word/footnotes.xml" in names
                else None
            )
        except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError) as exc:
            raise DocumentError("Dit DOCX-bestand is beschadigd of onleesbaar.") from exc
    blocks = [_paragraph_text(paragraph) for paragraph in body.iterfind(".//w:p", _WORD_NS)]
    if notes is not None:
        footnotes = []
        for note in notes.iterfind("w:footnote", _WORD_NS):
            number = note.get(f"{{{_WORD_NS['w']}}}id", "")
            text = " ".join(_paragraph_text(p) for p in note.iterfind(".//w:p", _WORD_NS)).strip()
            if text and number.isdigit() and int(number) > 0:
                footnotes.append(f"{number} {text}")
        blocks.extend(["", *footnotes])
    text = "\n".join(block for block in blocks)
    return Document(join_hyphenation(re.sub(r"\n{3,}", "\n\n", text)).strip() + "\n", "docx", 1)


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        tag = etree.QName(node).localname
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag == "tab":
            parts.append("\t")
        elif tag in {"br", "cr"}:
            parts.append("\n")
        elif tag == "footnoteReference":
            parts.append(node.get(f"{{{_WORD_NS['w']}}}id", ""))
    return "".join(parts)


_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "dd", "dt")
_CONTENT_SELECTORS = ("#broodtekst", "div.stuk", "article", "main", "#content", "body")
_NOISE_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "svg")


def read_html(markup: str) -> Document:
    """The letter text of an HTML page (officielebekendmakingen.nl, tweedekamer.nl), without site chrome."""
    soup = BeautifulSoup(markup, "lxml")
    for noise in soup.find_all(_NOISE_TAGS):
        noise.decompose()
    content: Tag | BeautifulSoup = soup
    for selector in _CONTENT_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            content = found
            break
    for br in content.find_all("br"):
        br.replace_with("\n")
    for item in content.find_all("li"):
        item.insert(0, "• ")
    for block in content.find_all(_BLOCK_TAGS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in content.get_text().splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Document(text + "\n", "html", 1)
