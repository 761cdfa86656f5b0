"""Real PDF, DOCX and HTML files, made here, read through ``read_document``; and the refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document as WordDocument

from commitments.extraction import DocumentError, read_document
from commitments.extraction.documents import MAX_FILE_BYTES
from commitments.extraction.metadata import read_meta
from commitments.extraction.sentences import split_sentences
from tests.pdfs import minimal_pdf

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"
SIDEBAR = ["Datum 5 september 2025", "Ons kenmerk 4938490"]


def test_pdf_drops_repeated_sidebar_and_page_numbers_and_joins_hyphenation(tmp_path: Path) -> None:
    pages = [
        [
            *SIDEBAR,
            "Geachte voorzitter,",
            "Ik zal uw Kamer voor de zomer daadwer-",
            "kelijk informeren.",
            "1",
        ],
        [*SIDEBAR, "Uw Kamer wordt jaarlijks geinformeerd over de voortgang.", "2"],
        [*SIDEBAR, "De Staatssecretaris van Justitie en Veiligheid,", "3"],
    ]
    path = tmp_path / "brief.pdf"
    path.write_bytes(minimal_pdf(pages))
    document = read_document(path)
    assert document.kind == "pdf"
    assert document.pages == 3
    assert document.text.count("Ons kenmerk 4938490") == 1
    assert "daadwerkelijk informeren." in document.text
    assert "\n2\n" not in document.text


def test_docx_paragraphs_tables_and_footnotes(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Datum 5 september 2025")
    word.add_paragraph("Ik zal uw Kamer voor de zomer informeren over de voortgang van het programma.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "De motie van het lid Wuite; Verzoekt de regering de Kamer te informeren."
    table.cell(0, 1).text = "Afgedaan."
    path = tmp_path / "brief.docx"
    word.save(str(path))
    document = read_document(path)
    assert document.kind == "docx"
    assert "Ik zal uw Kamer voor de zomer informeren" in document.text
    assert "De motie van het lid Wuite" in document.text


def test_docx_paragraphs_and_table_cells_without_a_full_stop_are_sentences_of_their_own(
    tmp_path: Path,
) -> None:
    word = WordDocument()
    word.add_paragraph("Planning van de herziening")
    word.add_paragraph("De minister stuurt de Kamer na de zomer het wetsvoorstel over de huurtoeslag")
    table = word.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Onderwerp", "Moment"), ("Evaluatie van de pilot", "Eind 2026 gereed"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    word.add_paragraph("Hoogachtend,")
    path = tmp_path / "brief.docx"
    word.save(str(path))
    text = read_document(path).text
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Planning van de herziening",
        "De minister stuurt de Kamer na de zomer het wetsvoorstel over de huurtoeslag",
        "Onderwerp",
        "Moment",
        "Evaluatie van de pilot",
        "Eind 2026 gereed",
        "Hoogachtend,",
    ]


def test_html_keeps_the_letter_and_drops_the_site() -> None:
    page = (FIXTURES / "kst-brief.html").read_bytes()
    document = read_document(page, "kst-brief.html")
    assert document.kind == "html"
    assert "Ik zal uw Kamer in januari 2017 informeren." in document.text
    assert "Zoeken op de website" not in document.text
    assert "• Motie Kuik" in document.text


def test_txt_is_kept_unchanged_with_the_source_line_skipped(tmp_path: Path) -> None:
    text = (
        "SOURCE: https://example.org\nDe Minister zal uw Kamer voor de zomer informeren over de voortgang.\n"
    )
    path = tmp_path / "brief.txt"
    path.write_text(text, "utf-8")
    document = read_document(path)
    assert document.text == text
    assert document.text[document.body_start :].startswith("De Minister")


def test_encrypted_pdf_is_refused() -> None:
    pdf = minimal_pdf([["Ik zal uw Kamer informeren over de voortgang van het programma."]], encrypt=True)
    with pytest.raises(DocumentError, match="versleuteld"):
        read_document(pdf, "geheim.pdf")


def test_corrupt_pdf_is_refused() -> None:
    with pytest.raises(DocumentError, match="beschadigd"):
        read_document(b"%PDF-1.4\nthis is not a pdf at all", "kapot.pdf")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    with pytest.raises(DocumentError, match="leeg"):
        read_document(path)


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(DocumentError, match="geen tekstlaag"):
        read_document(minimal_pdf([[], []]), "scan.pdf")


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.pdf"
    with path.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(DocumentError, match="te groot"):
        read_document(path)


def test_a_letter_in_another_language_is_refused() -> None:
    english = (
        "The minister will inform the House before the summer recess about the progress of the programme "
        "and about the results of the study on trafficking in human beings that was announced last year. "
    ) * 3
    with pytest.raises(DocumentError, match="geen Nederlandstalige brief"):
        read_document(english.encode(), "letter.txt")


def _letter_page(head: str, header: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><p>Ministerie van Binnenlandse Zaken</p>{header}"
        "<p>Geachte voorzitter,</p><p>Ik zal uw Kamer voor de zomer informeren over de huurprijzen.</p>"
        "<p>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</p></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "header",
    [
        "<table><tr><td>Datum</td><td>4 maart 2027</td></tr>"
        "<tr><td>Betreft</td><td>Huurbeleid in de middenhuur</td></tr></table>",
        "<table><tr><th>Onderwerp:</th><td><p>Huurbeleid in de middenhuur</p></td></tr>"
        "<tr><th>Datum:</th><td><p>4 maart 2027</p></td></tr></table>",
        "<dl><dt>Datum</dt><dd>4 maart 2027</dd><dt>Betreft</dt><dd>Huurbeleid in de middenhuur</dd></dl>",
        "<p>Datum: 4 maart 2027</p><p>Betreft: Huurbeleid in de middenhuur</p>",
    ],
)
def test_html_header_in_table_cells_definition_list_or_lines_gives_date_and_subject(header: str) -> None:
    document = read_document(_letter_page("<title>Rijksoverheid</title>", header), "brief.html")
    meta = read_meta(document.text)
    assert meta.date == date(2027, 3, 4)
    assert meta.subject == "Huurbeleid in de middenhuur"


def test_html_table_row_is_one_line_with_its_cells_between_bars() -> None:
    page = _letter_page("", "<table><tr><td>Kenmerk</td><td>2027-000123</td></tr></table>")
    assert "| Kenmerk | 2027-000123 |" in read_document(page, "brief.html").text.splitlines()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kamerbrief over huurbeleid in de middenhuur | Rijksoverheid.nl", "Huurbeleid in de middenhuur"),
        ("Voortgang woningbouwprogramma › Volkshuisvesting", "Voortgang woningbouwprogramma"),
        ("Kamerbrief", None),
        ("", None),
    ],
)
def test_html_page_title_without_site_name_is_kept_as_the_documents_title(
    title: str, expected: str | None
) -> None:
    document = read_document(_letter_page(f"<title>{title}</title>", ""), "brief.html")
    assert document.title == expected


def test_docx_header_table_gives_date_and_subject(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Ministerie van Sociale Zaken en Werkgelegenheid")
    table = word.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Datum", "12 mei 2027"), ("Onderwerp", "Kinderopvangtoeslag 2028"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    word.add_paragraph("Ik zal uw Kamer voor de zomer informeren over de toeslag.")
    path = tmp_path / "brief.docx"
    word.save(str(path))
    meta = read_meta(read_document(path).text)
    assert meta.date == date(2027, 5, 12)
    assert meta.subject == "Kinderopvangtoeslag 2028"
