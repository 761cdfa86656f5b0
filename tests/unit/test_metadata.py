from datetime import date

import pytest

from commitments.extraction import extract
from commitments.extraction.metadata import cited_refs, own_number, read_meta
from commitments.extraction.normalise import readable
from commitments.titles import subject_title

HEADER = """34 550 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor 2017

Nr. 20 BRIEF VAN DE MINISTER VAN DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 4 november 2016

Ik zal uw Kamer in januari 2017 informeren (Kamerstuk 34 550 X, nr. 12).

De Minister van Defensie, J.A. Hennis-Plasschaert
"""


def test_officielebekendmakingen_letter() -> None:
    meta = read_meta(HEADER)
    assert meta.date == date(2016, 11, 4)
    assert meta.sender == "Minister van Defensie"
    assert meta.ministry == "DEF"
    assert meta.subject is not None
    assert meta.subject.startswith("Vaststelling van de begrotingsstaten")
    assert meta.kamerstuk_refs == ("34550-X-12",)
    assert meta.government


def test_sidebar_fields_and_signature() -> None:
    text = (
        "Datum 5 september 2025\nOnderwerp Voortgang aanpak\nOns kenmerk 4938490\n\nGeachte voorzitter,\n\n"
        "Tekst.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Broekers-Knol\n"
    )
    meta = read_meta(text)
    assert (meta.date, meta.subject, meta.kenmerk) == (date(2025, 9, 5), "Voortgang aanpak", "4938490")
    assert (meta.sender, meta.ministry) == ("Staatssecretaris van Justitie en Veiligheid", "JenV")


def test_an_independent_sender_is_not_the_government() -> None:
    text = "Datum 20 oktober 2023\n\nIk ben graag bereid mee te denken.\n\n"
    text += "Met vriendelijke groet,\n\nConny Rijken\n"
    text += "Nationaal Rapporteur Mensenhandel en\nSeksueel Geweld tegen Kinderen\n"
    meta = read_meta(text)
    assert not meta.government
    assert meta.ministry is None


def test_a_year_before_nr_is_no_reference() -> None:
    assert cited_refs("voor het jaar 2026\nNr. 11 en Kamerstuk 28 638, nr. 178") == ["28638-178"]


def test_a_nota_headed_by_a_post_gets_that_post() -> None:
    text = (
        "\n\nStaatssecretaris van Justitie en Veiligheid\n\n**Directoraat-Generaal**\nTurfmarkt 147\n\n"
        "**Datum**\n28 september 2023\n\n# nota\n\nActieplan\n\nIk zal de Kamer informeren.\n"
    )
    meta = read_meta(text)
    assert (meta.sender, meta.ministry) == ("Staatssecretaris van Justitie en Veiligheid", "JenV")
    assert meta.date == date(2023, 9, 28)


def test_a_signature_after_the_last_sentence_of_one_paragraph() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 27 februari 2015 Hierbij "
        "informeer ik u. Ik zal u in mei 2015 de rapportage sturen. "
        "De Minister van Economische Zaken, H.G.J. Kamp"
    )
    meta = read_meta(text)
    assert (meta.sender, meta.ministry, meta.date) == (
        "Minister van Economische Zaken",
        "EZ",
        date(2015, 2, 27),
    )


def test_a_signature_in_a_table_cell() -> None:
    text = "Geachte voorzitter,\nHierbij treft u de antwoorden aan.\n"
    text += "| De minister van Buitenlandse Zaken, D.M. van Weel |\n"
    meta = read_meta(text)
    assert (meta.sender, meta.ministry) == ("Minister van Buitenlandse Zaken", "BZ")


def test_an_independent_sender_spread_over_two_lines_is_named_whole() -> None:
    text = "Datum 20 oktober 2023\n\nTekst.\n\nMet vriendelijke groet,\n\nConny Rijken\n"
    text += "Nationaal Rapporteur Mensenhandel en \nSeksueel Geweld tegen Kinderen\n"
    assert read_meta(text).sender == "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen"


def test_an_undated_letter_says_so_in_the_json() -> None:
    extraction = extract(
        "Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer informeren.\n", today=date(2024, 3, 1)
    )
    letter = extraction.to_json()["letter"]
    assert isinstance(letter, dict)
    assert "date" in letter
    assert letter["date"] is None


def test_titles_and_saved_quotes_lose_footnote_markers_and_broken_words() -> None:
    quote = "Op 12 februari is een motie7 aangenomen over de aanpak van mensen- handel "
    quote += "(Kamerstuk 35 300, nr. 25)3."
    assert readable(quote) == (
        "Op 12 februari is een motie aangenomen over de aanpak van mensenhandel (Kamerstuk 35 300, nr. 25)."
    )
    assert "motie7" not in subject_title(readable(quote), date.today())
    assert "mensenhandel" in subject_title(readable(quote), date.today())
    assert readable("bron- en transitielanden in 2024") == "bron- en transitielanden in 2024"


def test_a_signature_whose_ministry_has_commas_in_its_name() -> None:
    text = "Datum 14 november 2024\n\nTekst.\n\n"
    text += "De minister van Onderwijs, Cultuur en Wetenschap,\n\nE.E.W. Bruins\n"
    meta = read_meta(text)
    assert (meta.sender, meta.ministry) == ("Minister van Onderwijs, Cultuur en Wetenschap", "OCW")


@pytest.mark.parametrize(
    ("signature", "sender", "ministry"),
    [
        ("De Minister van Financiën\n", "Minister van Financiën", "FIN"),
        ("De staatssecretaris van Volksgezondheid, Welzijn en Sport\n", None, "VWS"),
        ("De Staatssecretaris van Financiën\n- Herstel en Toeslagen,\n\nN. Achahbar\n", None, "FIN"),
    ],
)
def test_a_signature_without_a_comma_on_a_line_of_its_own(
    signature: str, sender: str | None, ministry: str
) -> None:
    text = "Datum 3 maart 2025\n\nGeachte voorzitter,\n\nIk zal u voor de zomer informeren.\n\n" + signature
    meta = read_meta(text)
    assert meta.ministry == ministry
    assert sender is None or meta.sender == sender


@pytest.mark.parametrize(
    "body",
    [
        "De minister van Onderwijs, Cultuur en Wetenschap informeert u daarover afzonderlijk.",
        "Ik heb dit besproken. De staatssecretaris van Volksgezondheid, Welzijn en Sport stuurt u de "
        "monitor, zoals afgesproken.",
    ],
)
def test_a_sentence_that_starts_with_another_post_does_not_sign_the_letter(body: str) -> None:
    text = "Datum 3 maart 2025\n\nGeachte voorzitter,\n\n" + body + "\n\n"
    text += "De Minister van Infrastructuur en Waterstaat,\n\nB. Jansen\n"
    signed = read_meta(text)
    assert (signed.sender, signed.ministry) == ("Minister van Infrastructuur en Waterstaat", "IenW")
    unsigned = read_meta("Datum 3 maart 2025\n\nGeachte voorzitter,\n\n" + body + "\n")
    assert unsigned.ministry is None


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        ("36 800 X Vaststelling van de begrotingsstaten\n\nNr. 11 BRIEF VAN DE MINISTER", "36800-X-11"),
        ("21 501-02 Raad Algemene Zaken\nNr. 1581\nBRIEF VAN DE MINISTER", "21501-02-1581"),
        (
            "29 282 Arbeidsmarktbeleid\n\n25 295 Infectieziekten\n\nNr. 411 BRIEF VAN DE MINISTERS",
            "29282-411",
        ),
        ("\n33 400 VIII Vaststelling\nNr. 5 BRIEF", "33400-VIII-5"),
        (  # a published PDF: chamber and session year first, the dossier's title over two lines
            "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2017–2018\n\n34 775 X Vaststelling van de\n"
            "begrotingsstaten voor het jaar\n2018\nNr. 87 BRIEF VAN DE STAATSSECRETARIS",
            "34775-X-87",
        ),
        (
            "Tweede Kamer der Staten-Generaal 2Vergaderjaar 2014–2015 34 000 X Vaststelling\nNr. 23",
            "34000-X-23",
        ),
        (  # found in a user trial: a web address run over a line, a document id on a line of its own
            "SOURCE: https://www.tweedekamer.nl/kamerstukken/detail?did=2031D00001&id=\n2031D00001\n"
            "35 123 Defensienota\nNr. 12\nBRIEF VAN DE STAATSSECRETARIS",
            "35123-12",
        ),
        ("3\n35 123 Defensienota\nNr. 12\nBRIEF", "35123-12"),  # a page number first
        ("30 880 Politiewet\n\nAC BRIEF VAN DE MINISTER", None),  # an Eerste Kamer letter
        ("Den Haag, 6 oktober 2025\n\nIn 2025 zijn 36 800 woningen gebouwd.\nNr. 3 volgt.", None),
        ("Datum 20 oktober 2023\nOnderwerp Reflectie op het actieplan\nNr. 4", None),
    ],
)
def test_a_published_kamerstuk_gives_its_own_number_from_its_opening(
    opening: str, number: str | None
) -> None:
    assert own_number(opening) == number


@pytest.mark.parametrize(
    "ending",
    [
        "Het wetsvoorstel ligt voor advies bij de Raad van State.",
        "De Gezondheidsraad brengt in juni een advies uit.",
        "Ook de Inspectie Justitie en Veiligheid kijkt mee.",
        "Het rapport van de Algemene Rekenkamer verschijnt in mei.",
        "Hierover heeft de Autoriteit Persoonsgegevens eerder geadviseerd.",
    ],
)
def test_a_body_named_at_the_end_of_an_unsigned_letter_does_not_sign_it(ending: str) -> None:
    """A minister's letter cut short (no closing words, no signature) stays the government's."""
    text = f"Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer informeren over de uitkomsten. {ending}\n"
    meta = read_meta(text)
    assert (meta.government, meta.sender) == (True, None)
    assert extract(text, date(2024, 3, 1), today=date(2024, 3, 1)).commitments


@pytest.mark.parametrize("signature", ["De Onderwijsraad", "* Gezondheidsraad *", "de Kiesraad"])
def test_a_body_signing_on_a_line_of_its_own_without_closing_words(signature: str) -> None:
    meta = read_meta(f"Geachte voorzitter,\n\nWij adviseren u de wet te wijzigen.\n\n{signature}\n")
    assert not meta.government
    assert meta.sender == signature.strip("* ").removeprefix("De ").removeprefix("de ")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Minister van Volksgezondheid, Welzijn en Sport\n\nDatum\n4 maart 2026\n\n# nota\n\n"
            "Voortgang aanpak wachttijden jeugdzorg\n\n## 1. Aanleiding\n\nIn deze nota …",
            "Voortgang aanpak wachttijden jeugdzorg",
        ),
        ("NOTITIE\nPlan van aanpak dijkversterking\n\nTekst.", "Plan van aanpak dijkversterking"),
        ("Betreft Stikstofbrief\n\n# nota\n\nIets anders\n", "Stikstofbrief"),  # the Betreft field wins
        ("Deze nota\nbeschrijft de stand van zaken.\n", None),  # the word in a sentence is no heading
    ],
)
def test_a_notas_title_is_its_subject(text: str, subject: str | None) -> None:
    assert read_meta(text).subject == subject
