"""What every document reader shares: the result, the Dutch refusal, and the budgets a file may spend.

The budgets count what a file really costs while it is read (bytes as they are inflated, characters as they
are found), never what the file says about itself: a zip directory or a PDF dictionary can lie.
"""

from __future__ import annotations

from dataclasses import dataclass

from commitments.errors import DomainError

MIB = 1024 * 1024
MAX_FILE_BYTES = 20 * MIB
MAX_INFLATED_BYTES = 128 * MIB  # PDF streams: zlib counts them at hundreds of MB a second
MAX_XML_BYTES = 64 * MIB  # DOCX parts: parsing XML runs at tens of MB a second
MAX_TEXT_CHARS = 500_000
MAX_PDF_PAGES = 300
CHUNK_BYTES = 256 * 1024


class DocumentError(DomainError):
    """The document cannot be read; the message says why in Dutch."""


@dataclass(frozen=True)
class Document:
    """The text of a letter. ``body_start`` skips a first ``SOURCE:`` line that is not part of the letter.

    ``complete`` is False when the letter is longer than :data:`MAX_TEXT_CHARS` (or, for a PDF,
    :data:`MAX_PDF_PAGES`) and only its start was read; ``total_pages`` is then the PDF's real page count.
    ``title`` is the title a web page gives itself (its ``<title>``), which names the letter when its text
    states no subject.
    """

    text: str
    kind: str
    pages: int
    body_start: int = 0
    complete: bool = True
    total_pages: int | None = None
    title: str | None = None

    @property
    def notice(self) -> str | None:
        """A Dutch remark saying which part of a long letter was read, or None when all of it was."""
        if self.complete:
            return None
        read = f"de eerste {thousands(len(self.text) - self.body_start)} tekens"
        if self.kind == "pdf" and self.total_pages:
            read = f"pagina 1 tot en met {self.pages} van de {self.total_pages} ({read})"
        return (
            f"Deze brief is langer dan ik in één keer lees: ik heb alleen {read} doorzocht. "
            "Wat daarna staat, heb ik niet gelezen; stuur dat deel zo nodig apart."
        )


def thousands(number: int) -> str:
    """A number the Dutch way: 500.000."""
    return f"{number:,}".replace(",", ".")


class Inflation:
    """A running count of inflated bytes that refuses the file once it passes the budget."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.spent = 0

    def spend(self, size: int) -> None:
        self.spent += size
        if self.spent > self.budget:
            raise DocumentError(
                f"Dit bestand pakt uit tot meer dan {self.budget // MIB} MB; zo'n bestand lees ik niet."
            )


class TextBudget:
    """Characters of letter text still to be read; :meth:`take` cuts what does not fit and remembers it."""

    def __init__(self, budget: int = MAX_TEXT_CHARS) -> None:
        self.left = budget
        self.complete = True

    def take(self, text: str) -> str:
        if len(text) <= self.left:
            self.left -= len(text)
            return text
        self.complete = False
        kept, self.left = text[: self.left], 0
        return kept


def cut_at_line(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, ended at the last line break in the second half when there is
    one, so that a sentence is not read half."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", limit // 2, limit)
    return text[: cut + 1 if cut >= 0 else limit]
