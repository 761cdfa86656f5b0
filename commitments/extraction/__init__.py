"""Reading Kamerbrieven and chat messages into commitments (issue 4).

``read_document`` turns a PDF, DOCX, HTML, text or markdown letter into text, ``extract`` finds the
toezeggingen, moties and deliverables in it, ``parse_message`` reads a ``/nieuw`` chat message into a draft
(``parse_promises`` into one per promise it holds).
"""

from commitments.extraction.detect import Extraction, Found, extract
from commitments.extraction.documents import Document, DocumentError, read_document
from commitments.extraction.message import Draft, parse_message, parse_promises
from commitments.extraction.metadata import LetterMeta

__all__ = [
    "Document",
    "DocumentError",
    "Draft",
    "Extraction",
    "Found",
    "LetterMeta",
    "extract",
    "parse_message",
    "parse_promises",
    "read_document",
]
