"""Telegram's ``parse_mode=HTML``: accept exactly what the Bot API accepts, reject the rest alike.

The rules follow the Bot API documentation: only the tags in :data:`TAG_ENTITY`, balanced; only the
named entities ``&lt; &gt; &amp; &quot;`` plus numeric ones; a ``<`` that does not start a supported
tag is an error. Like Telegram, a stray ``&`` or ``>`` is kept as plain text. Error texts mimic
Telegram's (``Unsupported start tag "x" at byte offset N`` and so on), offsets in UTF-8 bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_END_TAG = re.compile(r"</([A-Za-z0-9-]*)>")
_PLAIN = re.compile(r"[^&<]+")


class HtmlError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's explanation."""


@dataclass
class ParsedText:
    """Plain text as the recipient sees it, with Bot API ``MessageEntity`` dicts (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length as Telegram counts entity offsets: in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    offset: int
    attributes: dict[str, str]
    language: str | None = None


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pieces: list[str] = []
        self.position = 0  # in UTF-16 code units of the output
        self.open: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode())

    def emit(self, text: str) -> None:
        self.pieces.append(text)
        self.position += utf16_len(text)

    def parse(self) -> ParsedText:
        source, index = self.source, 0
        while index < len(source):
            char = source[index]
            if char == "&" and (entity := _ENTITY.match(source, index)) and (text := _decode(entity)):
                self.emit(text)
                index = entity.end()
            elif char == "<" and source.startswith("</", index):
                index = self.end_tag(index)
            elif char == "<":
                index = self.start_tag(index)
            else:  # plain text up to the next "&" or "<", at once (a stray "&" alone)
                plain = _PLAIN.match(source, index + 1)
                end = plain.end() if plain else index + 1
                self.emit(source[index:end])
                index = end
        if self.open:
            raise HtmlError(f'Can\'t find end tag corresponding to start tag "{self.open[-1].name}"')
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return ParsedText("".join(self.pieces), self.entities)

    def start_tag(self, begin: int) -> int:
        index = begin + 1
        name_end = index
        while (
            name_end < len(self.source)
            and not self.source[name_end].isspace()
            and self.source[name_end] != ">"
        ):
            name_end += 1
        name = self.source[index:name_end].lower()
        if name not in TAG_ENTITY:
            raise HtmlError(f'Unsupported start tag "{name}" at byte offset {self.byte_offset(begin)}')
        attributes, index = self.attributes(name_end, begin)
        if name == "span" and attributes.get("class") != "tg-spoiler":
            raise HtmlError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(begin)}'
            )
        self.open.append(_OpenTag(name, self.position, attributes))
        return index

    def attributes(self, index: int, begin: int) -> tuple[dict[str, str], int]:
        attributes: dict[str, str] = {}
        while True:
            while index < len(self.source) and self.source[index].isspace():
                index += 1
            if index >= len(self.source):
                raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            if self.source[index] == ">":
                return attributes, index + 1
            match = _ATTRIBUTE.match(self.source, index)
            if match is None:
                raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            value = next((group for group in match.groups()[1:] if group is not None), "")
            attributes[match.group(1).lower()] = decode_entities(value)
            index = match.end()

    def end_tag(self, begin: int) -> int:
        match = _END_TAG.match(self.source, begin)
        if not self.open:
            raise HtmlError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        if match is None:
            raise HtmlError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        name = match.group(1).lower()
        tag = self.open[-1]
        if name and name != tag.name:
            raise HtmlError(
                f'Unmatched end tag at byte offset {self.byte_offset(begin)}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self.open.pop()
        self.close(tag)
        return match.end()

    def close(self, tag: _OpenTag) -> None:
        parent = self.open[-1] if self.open else None
        language = tag.attributes.get("class", "")
        if tag.name == "code" and parent is not None and parent.name == "pre":
            # <pre><code class="language-x"> is one pre entity with a language, as in Telegram.
            if language.startswith("language-"):
                parent.language = language.removeprefix("language-")
            return
        length = self.position - tag.offset
        entity_type = TAG_ENTITY[tag.name]
        if length == 0 or (entity_type == "text_link" and "href" not in tag.attributes):
            return
        entity: dict[str, Any] = {"type": entity_type, "offset": tag.offset, "length": length}
        if entity_type == "text_link":
            entity["url"] = tag.attributes["href"]
        elif entity_type == "pre" and tag.language:
            entity["language"] = tag.language
        elif entity_type == "blockquote" and "expandable" in tag.attributes:
            entity["type"] = "expandable_blockquote"
        self.entities.append(entity)


def _decode(match: re.Match[str]) -> str | None:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return NAMED_ENTITIES.get(name)
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None


def decode_entities(text: str) -> str:
    """Replace the HTML entities Telegram understands; leave anything else as written."""
    return _ENTITY.sub(lambda match: _decode(match) or match.group(0), text)


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML into plain text and entities, or raise :class:`HtmlError`."""
    return _Parser(source).parse()
