"""From what the extraction reads (a chat message, a letter) to the ``NewCommitment`` a draft holds."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from commitments.extraction import Extraction, extract, parse_message, read_document
from commitments.extraction.documents import clean_filename
from commitments.letters import kind_of, known_ministry, letter_fields, new_from_found, usable_refs
from commitments.services import NewCommitment

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
    notice: str | None = None


def read_letter(data: bytes, filename: str) -> Letter:
    """Read a PDF, DOCX, HTML or text letter and find its commitments (raises ``DocumentError``).

    The bot runs this in a worker process with limits (:func:`commitments.isolation.run_limited`).
    """
    name = clean_filename(filename)
    document = read_document(data, name)
    found = extract(document.text, body_start=document.body_start)
    return Letter(
        document=letter_fields(found.letter, name, hashlib.sha256(data).hexdigest()),
        items=[new_from_found(item) for item in found.commitments if item.quote.strip()],
        extraction=found,
        body_start=document.body_start,
        notice=document.notice,
    )
