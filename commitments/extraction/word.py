"""Reading a DOCX letter without trusting it: parts are inflated in chunks against a running byte budget and
parsed as a stream (each element dropped once read), so neither a zip bomb nor a huge XML part is ever held
whole in memory. The parser resolves no entities and loads no DTD or network resource (no XXE).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from lxml import etree

from commitments.extraction.normalise import join_hyphenation
from commitments.extraction.reading import (
    CHUNK_BYTES,
    MAX_XML_BYTES,
    Document,
    DocumentError,
    Inflation,
    TextBudget,
)

MAX_PARTS = 5_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT, _TAB, _PARAGRAPH, _FOOTNOTE = f"{_W}t", f"{_W}tab", f"{_W}p", f"{_W}footnote"
_BREAKS = {f"{_W}br", f"{_W}cr"}
_NOTE_REFERENCE = f"{_W}footnoteReference"
_ID = f"{_W}id"
_ROOTS = (f"{_W}document", f"{_W}footnotes")
_CENTRAL_DIRECTORY_ENTRY = b"PK\x01\x02"
PARAGRAPH_BREAK = "\n\n"
"""Between paragraphs (a table cell's too): a blank line, as the other readers give a block, so that a
paragraph or cell without a full stop is not read as one sentence with the next."""


def _corrupt() -> DocumentError:
    return DocumentError(
        "Dit DOCX-bestand is beschadigd of onleesbaar. Sla de brief opnieuw op als DOCX en stuur hem nog "
        "eens, of stuur hem als PDF, HTML of tekst."
    )


def read_docx(data: bytes) -> Document:
    """Paragraphs and table cells of a DOCX in order, a blank line apart, then its footnotes one a line
    (unless the text budget ran out)."""
    if data.count(_CENTRAL_DIRECTORY_ENTRY) > MAX_PARTS:  # each entry costs memory before any check
        raise DocumentError("Dit DOCX-bestand bestaat uit onredelijk veel onderdelen; ik lees het niet.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _corrupt() from exc
    inflation, chars = Inflation(MAX_XML_BYTES), TextBudget()
    try:
        with archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise DocumentError("Dit bestand is geen Word-document (DOCX).")
            body = _events(archive, "word/document.xml", inflation, chars)
            text = PARAGRAPH_BREAK.join(paragraph for kind, paragraph in body if kind == "p")
            if chars.complete and "word/footnotes.xml" in names:
                notes = _footnotes(_events(archive, "word/footnotes.xml", inflation, chars))
                text += PARAGRAPH_BREAK + "\n".join(notes)
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, EOFError, NotImplementedError) as exc:
        raise _corrupt() from exc
    text = join_hyphenation(re.sub(r"\n{3,}", PARAGRAPH_BREAK, text)).strip() + "\n"
    return Document(text, "docx", 1, complete=chars.complete)


def _footnotes(events: Iterator[tuple[str, str]]) -> Iterator[str]:
    """``"<number> <text>"`` per real footnote (Word's separators have ids 0 and -1)."""
    paragraphs: list[str] = []
    for kind, value in events:
        if kind == "p":
            paragraphs.append(value)
            continue
        text = " ".join(paragraphs).strip()
        paragraphs = []
        if text and value.isdigit() and int(value) > 0:
            yield f"{value} {text}"


def _events(
    archive: zipfile.ZipFile, name: str, inflation: Inflation, chars: TextBudget
) -> Iterator[tuple[str, str]]:
    """``("p", text)`` where a paragraph ends and ``("footnote", id)`` where a footnote ends, in order.

    Only the elements that carry text reach Python; after each chunk every element already read is
    dropped from the tree, so memory stays at a chunk's worth whatever the part holds. Every such element
    costs at least one character of the budget (so empty ones cannot be repeated for free), and reading
    stops once the budget is spent (``chars.complete`` then says so).
    """
    parser = etree.XMLPullParser(
        events=("start", "end"),
        tag=[*_ROOTS, _TEXT, _TAB, *_BREAKS, _NOTE_REFERENCE, _PARAGRAPH, _FOOTNOTE],
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    root: etree._Element | None = None
    parts: list[str] = []
    with archive.open(name) as member:
        while chunk := member.read(CHUNK_BYTES):
            inflation.spend(len(chunk))
            parser.feed(chunk)
            for event, node in parser.read_events():
                if not isinstance(node, etree._Element):
                    continue
                if event == "start":
                    if root is None and node.tag in _ROOTS:
                        root = node
                    continue
                tag = node.tag
                if tag == _PARAGRAPH:
                    chars.take(PARAGRAPH_BREAK)
                    yield "p", "".join(parts)
                    parts = []
                elif tag == _FOOTNOTE:
                    chars.take("\n")
                    yield "footnote", node.get(_ID, "")
                else:
                    text = _text_of(node)
                    parts.append(chars.take(text))
                    if not text:
                        chars.take(" ")  # an empty element still costs a character
                if not chars.complete:
                    if parts:
                        yield "p", "".join(parts)
                    return
            if root is None:
                raise DocumentError("Dit bestand is geen Word-document (DOCX).")
            _drop_read(root)
        parser.close()


def _text_of(node: etree._Element) -> str:
    tag = node.tag
    if tag == _TEXT:
        return node.text or ""
    if tag == _TAB:
        return "\t"
    if tag == _NOTE_REFERENCE:
        return node.get(_ID, "")
    return "\n"


def _drop_read(root: etree._Element) -> None:
    """Remove every element the parser has finished: all but the last child at each level of the path
    of still open elements."""
    node = root
    while len(node):
        if len(node) > 1:
            del node[:-1]
        node = node[-1]
