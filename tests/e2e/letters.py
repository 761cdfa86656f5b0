"""A small Kamerbrief, written as TXT, DOCX and PDF on the fly for upload tests."""

from __future__ import annotations

import io

import docx

from tests.pdfs import minimal_pdf

LINES = [
    "Tweede Kamer der Staten-Generaal",
    "Postbus 20018",
    "2500 EA Den Haag",
    "",
    "Datum 2 maart 2026",
    "Betreft Voortgang aanpak jeugdzorg",
    "",
    "Geachte voorzitter,",
    "",
    "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van de jeugdzorg.",
    "",
    "Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van de evaluatie.",
    "Het wetsvoorstel over de reikwijdte wordt aangeboden in de ministerraad van 3 november a.s.",
    "Dit najaar zal ik u het plan van aanpak doen toekomen.",
    "",
    "De Minister van Volksgezondheid, Welzijn en Sport,",
    "",
    "H. de Jong",
]
FOUND = 3
LISTED = f"Gevonden in brief ‘Voortgang aanpak jeugdzorg’ van 2 maart 2026: {FOUND}"
"""The head of the letter's list: the letter named by its subject and date, not by its file name."""


def letter_txt() -> bytes:
    return "\n".join(LINES).encode("utf-8")


def letter_docx() -> bytes:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def letter_pdf() -> bytes:
    """A one-page PDF with a text layer."""
    return minimal_pdf([LINES])
