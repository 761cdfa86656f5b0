"""From what the extraction reads (a chat message, a letter) to the ``NewCommitment`` a draft holds."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from commitments.extraction import Extraction, extract, parse_message, read_document
from commitments.extraction.documents import clean_filename
from commitments.letters import kind_of, known_ministry, letter_fields, new_from_found
from commitments.services import NewCommitment, usable_refs

MIN_TITLE_WORDS = 3


def new_from_message(
    text: str, today: date, known_people: Mapping[str, tuple[str, str]], strict: bool = False
) -> NewCommitment | None:
    """The commitment a chat message proposes; None when it has no text, or (``strict``) does not read as one.

    ``strict`` is for plain private messages: they must name a deadline, a bewindspersoon or a Kamerstuk and
    have a few words of description.
    """
    draft = parse_message(text, today, known_people)
    if not draft.title.strip():
        return None
    if strict and (
        len(draft.title.split()) < MIN_TITLE_WORDS or not (draft.deadline_text or draft.post or draft.refs)
    ):
        return None
    return NewCommitment(
        title=draft.title,
        quote=draft.quote,
        kind=kind_of(draft.kind),
        deadline=draft.deadline,
        deadline_text=draft.deadline_text,
        estimate=draft.estimate,
        recurring=draft.recurring,
        ministry=known_ministry(draft.ministry),
        post=draft.post,
        person=draft.person,
        refs=usable_refs(draft.refs),
        owner=draft.owner,
    )


@dataclass(frozen=True)
class Letter:
    """A letter read from a file: what to register as its Document, the commitments found in it, the
    extraction itself (for matching it against open items), and a remark when only its start was read."""

    document: dict[str, Any]
    items: list[NewCommitment]
    extraction: Extraction
    body_start: int
    text: str
    notice: str | None = None
    """What the reader says of the file (only part of a long letter read), for the person who sent it."""

    @property
    def undated(self) -> bool:
        return self.document.get("letter_date") is None


def read_letter(data: bytes, filename: str, today: date) -> Letter:
    """Read a PDF, DOCX, HTML or text letter and find its commitments (raises ``DocumentError``).

    The bot runs this in a worker process with limits (:func:`commitments.isolation.run_limited`).
    """
    name = clean_filename(filename)
    document = read_document(data, name)
    letter = letter_from_text(
        document.text, document.body_start, name, hashlib.sha256(data).hexdigest(), today
    )
    return replace(letter, notice=document.notice)


def letter_from_text(
    text: str, body_start: int, filename: str, content_hash: str, today: date, dated: date | None = None
) -> Letter:
    """Find the commitments in a letter's text; ``dated`` is the letter's date when the letter gives none,
    ``today`` the team's day (for the titles)."""
    found = extract(text, reference=dated, body_start=body_start)
    document = letter_fields(found.letter, filename, content_hash)
    if dated is not None and document.get("letter_date") is None:
        document["letter_date"] = dated.isoformat()
    return Letter(
        document=document,
        items=[new_from_found(item, today) for item in found.commitments if item.quote.strip()],
        extraction=found,
        body_start=body_start,
        text=text,
    )
