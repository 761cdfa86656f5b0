"""Posts and ministries, including abbreviations and old names."""

import pytest

from commitments.ministries import find_posts, ministries, ministry_code, parse_post


@pytest.mark.parametrize(
    ("written", "post", "ministry"),
    [
        ("Minister van Justitie en Veiligheid", "Minister van Justitie en Veiligheid", "JenV"),
        (
            "De Staatssecretaris van Justitie en Veiligheid,",
            "Staatssecretaris van Justitie en Veiligheid",
            "JenV",
        ),
        ("staatssecretaris VWS", "Staatssecretaris van Volksgezondheid, Welzijn en Sport", "VWS"),
        ("Staatssecretaris van VWS", "Staatssecretaris van Volksgezondheid, Welzijn en Sport", "VWS"),
        ("MinJenV", "Minister van Justitie en Veiligheid", "JenV"),
        ("BZK", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "BZK"),
        ("Minister van Veiligheid en Justitie", "Minister van Veiligheid en Justitie", "JenV"),
        ("minister van infrastructuur en milieu", "Minister van Infrastructuur en Milieu", "IenW"),
        ("Minister voor Klimaat en Energie", "Minister voor Klimaat en Energie", "EZK"),
        ("Minister voor Medische Zorg", "Minister voor Medische Zorg", "VWS"),
        # "van" + the words that open a ministry's name is that ministry's minister (user trial)
        ("Minister van Onderwijs", "Minister van Onderwijs, Cultuur en Wetenschap", "OCW"),
        (
            "Minister voor Primair en Voortgezet Onderwijs",
            "Minister voor Primair en Voortgezet Onderwijs",
            "OCW",
        ),
        (
            "Minister van Primair en Voortgezet Onderwijs",
            "Minister voor Primair en Voortgezet Onderwijs",
            "OCW",
        ),
        ("Minister-President", "Minister-President", "AZ"),
        ("het ministerie van Financiën", "Minister van Financiën", "FIN"),
    ],
)
def test_parse_post(written: str, post: str, ministry: str) -> None:
    found = parse_post(written)
    assert found is not None
    assert (found.post, found.ministry) == (post, ministry)


def test_several_posts_in_one_signature() -> None:
    text = "Minister van Volksgezondheid, Welzijn en Sport en Minister voor Rechtsbescherming"
    assert [(p.post, p.ministry) for p in find_posts(text)] == [
        ("Minister van Volksgezondheid, Welzijn en Sport", "VWS"),
        ("Minister voor Rechtsbescherming", "JenV"),
    ]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("VWS", "VWS"),
        ("jenv", "JenV"),
        ("Defensie", "DEF"),
        ("I&W", "IenW"),
        ("MinSZW", "SZW"),
        ("BHOS", "BHOS"),
    ],
)
def test_ministry_code(written: str, code: str) -> None:
    assert ministry_code(written) == code


@pytest.mark.parametrize("written", ["hallo", "de minister zal", "Rijkswaterstaat"])
def test_no_post(written: str) -> None:
    assert parse_post(written) is None


def test_every_code_of_the_conventions_is_known() -> None:
    codes = {
        "AZ",
        "BZ",
        "BHO",
        "BZK",
        "DEF",
        "EZ",
        "FIN",
        "IenW",
        "JenV",
        "KGG",
        "LVVN",
        "OCW",
        "SZW",
        "VRO",
        "VWS",
    }
    assert codes | {"EZK", "LNV", "BHOS"} <= set(ministries())


def test_plural_and_shared_posts_in_letter_headings() -> None:
    assert [(p.post, p.ministry) for p in find_posts("BRIEF VAN DE MINISTERS VAN DEFENSIE")] == [
        ("Minister van Defensie", "DEF")
    ]
    assert [(p.post, p.ministry) for p in find_posts("De Minister en Staatssecretaris van Defensie")] == [
        ("Minister van Defensie", "DEF"),
        ("Staatssecretaris van Defensie", "DEF"),
    ]
