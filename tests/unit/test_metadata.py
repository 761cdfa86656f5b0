from datetime import date

from commitments.extraction.metadata import cited_refs, read_meta

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
