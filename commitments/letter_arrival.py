"""A letter arrives (a file sent to the bot, ``extract --save``): its bytes are read, hashed and searched
for commitments in one place, so every way in registers the same letter the same way."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from commitments.dutch import dutch_date
from commitments.extraction import Extraction, Found, extract, read_document
from commitments.extraction.detect import Mode
from commitments.extraction.documents import clean_filename
from commitments.letters import letter_fields, new_from_found
from commitments.matching.cues import BLANK_LINE
from commitments.matching.service import Proposal
from commitments.matching.statements import Statement
from commitments.services import NewCommitment


@dataclass(frozen=True)
class Letter:
    """A letter read from a file: what to register as its Document (with its name and content hash), the
    commitments found in it, the extraction itself (for matching it against open items), and a remark
    when only its start was read."""

    document: dict[str, Any]
    items: list[NewCommitment]
    extraction: Extraction
    body_start: int
    text: str
    notice: str | None = None
    """What the reader says of the file (only part of a long letter read), for the person who sent it."""
    title: str | None = None
    """The file's own title (Document.title), kept to read the letter again once its date is known."""

    @property
    def filename(self) -> str:
        return str(self.document["filename"])

    @property
    def content_hash(self) -> str:
        return str(self.document["content_hash"])

    @property
    def undated(self) -> bool:
        return self.document.get("letter_date") is None

    @property
    def needs_date(self) -> bool:
        """Whether to ask the letter's date before listing it (its deadlines count from it): not for a file
        that is no letter at all, with nothing found in it and no sender (a list, a note)."""
        return self.undated and bool(self.items or self.extraction.letter.sender)

    @property
    def found(self) -> list[Found]:
        """The found commitments behind :attr:`items`, in the same order."""
        return kept_found(self.extraction)


def kept_found(extraction: Extraction) -> list[Found]:
    """The commitments found in a letter that become items (one with a quote)."""
    return [item for item in extraction.commitments if item.quote.strip()]


def acted_on(letter: Letter, proposals: Sequence[Proposal]) -> dict[int, int]:
    """The letter's items (numbered from 1) that stand where the letter acts on an open item, with that
    item's id: a promise a postponement recalls, or its new moment, is the stored item again, not a new
    one, also when that moment stands in a later sentence of the statement's paragraph ("… kan ik u nog
    niet informeren. … Ik kom daar na de zomer op terug."). An item there with a moment of its own
    (another promise in the same passage) stays new. The first proposal in the letter wins an item both
    overlap."""
    acted: dict[int, int] = {}
    text = letter.extraction.text
    for number, found in enumerate(letter.found, start=1):
        for proposal in proposals:
            statement = proposal.statement
            new = statement.new_deadline
            moments = {statement.old_deadline, new.date if new else None}
            overlaps = found.start < statement.end and statement.start < found.end
            here = overlaps and (found.deadline is None or found.deadline in moments)
            after = new is not None and found.deadline == new.date and _same_paragraph(text, statement, found)
            if here or after:
                acted.setdefault(number, proposal.best.commitment_id)
    return acted


def _same_paragraph(text: str, statement: Statement, found: Found) -> bool:
    """Whether the found item stands after the statement in its paragraph: no blank line between them."""
    between = text[statement.end : found.start]
    return found.start >= statement.end and not BLANK_LINE.search(between)


def content_hash(data: bytes) -> str:
    """What identifies a letter's file: the same bytes sent twice are the same letter."""
    return hashlib.sha256(data).hexdigest()


def read_letter(
    data: bytes, filename: str, today: date, dated: date | None = None, mode: Mode = Mode.COMBINED
) -> Letter:
    """Read a PDF, DOCX, HTML or text letter and find its commitments (raises ``DocumentError``);
    ``today`` and ``dated`` as in :func:`letter_from_text`, ``mode`` as in
    :func:`~commitments.extraction.extract`.

    The bot runs this in a worker process with limits (:func:`commitments.isolation.run_limited`).
    """
    name = clean_filename(filename)
    document = read_document(data, name)
    letter = letter_from_text(
        document.text, document.body_start, name, content_hash(data), today, dated, document.title, mode
    )
    notices = [notice for notice in (document.notice, _dated_ahead(letter, today)) if notice]
    return replace(letter, notice=" ".join(notices) or None)


def _dated_ahead(letter: Letter, today: date) -> str | None:
    """A remark on a letter dated after ``today`` (a concept, or a date mistyped): its deadlines count from
    that date, so the person should know (trial 10: "15 december 2026", sent on 8 december, said nothing)."""
    if letter.undated or (day := date.fromisoformat(str(letter.document["letter_date"]))) <= today:
        return None
    return (
        f"Deze brief is gedateerd {dutch_date(day)}, na vandaag: is het een concept? De termijnen erin "
        "reken ik vanaf die datum."
    )


def letter_from_text(
    text: str,
    body_start: int,
    filename: str,
    content_hash: str,
    today: date,
    dated: date | None = None,
    title: str | None = None,
    mode: Mode = Mode.COMBINED,
) -> Letter:
    """Find the commitments in a letter's text; ``dated`` is the letter's date when the letter gives none,
    ``today`` the team's day (for the titles, and the deadlines of a letter dated neither way), ``title``
    the file's own title (Document.title), its subject when the text states none."""
    found = extract(text, reference=dated, body_start=body_start, mode=mode, today=today)
    if found.letter.subject is None and title:
        found = replace(found, letter=replace(found.letter, subject=title))
    document = letter_fields(found.letter, filename, content_hash)
    if dated is not None and document.get("letter_date") is None:
        document["letter_date"] = dated.isoformat()
    return Letter(
        document=document,
        items=[
            new_from_found(item, today, sender=found.letter.sender, text=found.text)
            for item in kept_found(found)
        ],
        extraction=found,
        body_start=body_start,
        text=text,
        title=title,
    )
