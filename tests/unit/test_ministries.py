"""Posts and ministries, including abbreviations and old names."""

from datetime import date

import pytest

from commitments.ministries import (
    agent_ministry,
    budget_ministry,
    find_posts,
    gone_by,
    ministries,
    ministry_code,
    parse_post,
    same_line,
    tagged_ministry,
    with_predecessors,
)

# The ministries of the conventions' table, by their current abbreviation.
CURRENT = (
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
)


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
        # a role misspelt by one slip (trial 6: "De minsiter van Defensie …" was no post)
        ("De minsiter van Defensie stuurt een brief", "Minister van Defensie", "DEF"),
        ("De staatsecretaris van Financiën", "Staatssecretaris van Financiën", "FIN"),
        ("Mnister voor Rechtsbescherming", "Minister voor Rechtsbescherming", "JenV"),
        # a part of one portfolio (trial 6: "staatssecretaris jeugd stuurt …" was no post)
        ("staatssecretaris jeugd stuurt iets", "Staatssecretaris voor Jeugd, Preventie en Sport", "VWS"),
        ("de staatssecretaris voor jeugd en sport", "Staatssecretaris voor Jeugd, Preventie en Sport", "VWS"),
        ("minister van cultuur", "Minister van Onderwijs, Cultuur en Wetenschap", "OCW"),
        ("de staatssecretaris asiel", "Staatssecretaris voor Asiel en Migratie", "JenV"),
        ("de minsiter voor jeugd", "Minister voor Jeugd, Preventie en Sport", "VWS"),
        # a note's abbreviation of the role before a ministry (trial 10: "sts Fin" was the minister)
        ("sts Fin stuurt Q1 de uitwerking", "Staatssecretaris van Financiën", "FIN"),
        (
            "de stas van VWS informeert de Kamer",
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
            "VWS",
        ),
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


@pytest.mark.parametrize(
    "written",
    ["hallo", "de minister zal", "Rijkswaterstaat", "de sts stuurt een brief", "de STS-rapportage komt"],
)
def test_no_post(written: str) -> None:
    assert parse_post(written) is None


def test_every_code_of_the_conventions_is_known() -> None:
    assert {*CURRENT, "EZK", "LNV", "BHOS"} <= set(ministries())


def test_plural_and_shared_posts_in_letter_headings() -> None:
    assert [(p.post, p.ministry) for p in find_posts("BRIEF VAN DE MINISTERS VAN DEFENSIE")] == [
        ("Minister van Defensie", "DEF")
    ]
    assert [(p.post, p.ministry) for p in find_posts("De Minister en Staatssecretaris van Defensie")] == [
        ("Minister van Defensie", "DEF"),
        ("Staatssecretaris van Defensie", "DEF"),
    ]


def test_read_post_names_what_a_person_typed_or_says_why_not() -> None:
    from commitments.errors import InvalidInput
    from commitments.ministries import read_post

    assert read_post("staatssecretaris JenV") == ("Staatssecretaris van Justitie en Veiligheid", "JenV")
    with pytest.raises(InvalidInput, match="Ik herken geen bewindspersoon in ‘de buurman’"):
        read_post("  de   buurman ")


@pytest.mark.parametrize(
    ("post", "ministry", "recorded"),
    [
        ("Minister van VWS", None, ("Minister van Volksgezondheid, Welzijn en Sport", "VWS")),
        ("Minister voor Medische Zorg", "BZ", ("Minister voor Medische Zorg", "BZ")),  # the named one wins
        ("minister voor medische zorg", None, ("Minister voor Medische Zorg", "VWS")),
        ("De voorzitter", None, ("De voorzitter", None)),  # an unknown post is kept as written
        (None, "MinJenV", (None, "JenV")),
        (None, "Toverkunst", (None, "Toverkunst")),  # left for the service layer to refuse
        (None, None, (None, None)),
    ],
)
def test_post_and_ministry_to_record(
    post: str | None, ministry: str | None, recorded: tuple[str | None, str | None]
) -> None:
    from commitments.ministries import post_and_ministry

    who = post_and_ministry(post, ministry)
    assert (who.post, who.ministry) == recorded


def test_renamed_and_split_ministries_are_of_one_line() -> None:
    assert same_line("LNV", "LVVN")  # renamed
    assert same_line("LVVN", "LNV")
    assert same_line("EZK", "KGG")  # split
    assert same_line("EZK", "EZ")
    assert same_line("BZ", "BHOS")  # a post with a code of its own at Buitenlandse Zaken
    assert not same_line("VWS", "OCW")
    assert not same_line("LVVN", "KGG")


@pytest.mark.parametrize("code", CURRENT)
def test_every_current_abbreviation_resolves_as_a_post_and_as_a_tag(code: str) -> None:
    """Found in a user trial: "(LVVN)" in a message gave "onbekende bewindspersoon"."""
    name = ministries()[code].name
    found = parse_post(f"Minister van {code}")
    assert found is not None
    assert found.ministry == code
    assert found.post == f"Minister van {name}"
    tagged = tagged_ministry(f"Een plan voor de visserij volgt in mei ({code})")
    assert tagged is not None
    assert tagged.ministry == code


@pytest.mark.parametrize(
    ("written", "post", "code"),
    [
        ("De Minister van Landbouw,", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "LVVN"),
        (
            "de staatssecretaris van Volksgezondheid",
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
            "VWS",
        ),
        ("Minister van Sociale Zaken", "Minister van Sociale Zaken en Werkgelegenheid", "SZW"),
        ("minister van Klimaat", "Minister van Klimaat en Groene Groei", "KGG"),
        (
            "Minister van Landbouw, Natuur en Voedselkwaliteit",
            "Minister van Landbouw, Natuur en Voedselkwaliteit",
            "LNV",
        ),
    ],
)
def test_the_short_form_of_a_post_is_recorded_in_full(written: str, post: str, code: str) -> None:
    found = parse_post(written)
    assert found is not None
    assert (found.post, found.ministry) == (post, code)


@pytest.mark.parametrize(
    "written", ["de kosten (zie bijlage)", "een brief (uiterlijk mei)", "(EU) 2024/1689", "Landbouw"]
)
def test_no_ministry_tag(written: str) -> None:
    assert tagged_ministry(written) is None


def test_a_budget_chapter_names_its_ministry_where_it_never_moved() -> None:
    """Found in a user trial: a motie on 36200-XV (the SZW budget) got no bewindspersoon."""
    assert budget_ministry(["36200-XV-45"]) == "SZW"
    assert budget_ministry(["31839-606", "36600-VI-12"]) == "JenV"
    assert budget_ministry(["21501-32-1740", "36600-XXX"]) is None


def test_a_budget_chapter_that_moved_names_the_ministry_of_its_budgets_year() -> None:
    """Trial 11: a motie on 36200 XIV (the budget for 2023) got no bewindspersoon; XIV was LNV's until the
    budget for 2025 (36600), LVVN's from then on. A chapter whose moves are not known stays unnamed."""
    assert budget_ministry(["36200-XIV-45"]) == budget_ministry(["36410-XIV-7"]) == "LNV"
    assert budget_ministry(["36600-XIV-3"]) == budget_ministry(["36725-XIV-12"]) == "LVVN"
    assert budget_ministry(["36600-XIII-3"]) is None  # EZ, EL&I, EZK: moved, its moves not written


def test_a_ministry_after_door_is_who_acts() -> None:
    """Found in a user trial: "beantwoording door IenW" did not give the ministry."""
    found = agent_ministry("Kamervragen over de dijken, beantwoording door IenW binnen drie weken")
    assert found is not None
    assert found.ministry == "IenW"
    named = agent_ministry("wordt uitgevoerd door het ministerie van Defensie")
    assert named is not None
    assert named.ministry == "DEF"
    assert agent_ministry("Ik word door de buurman gebeld over de fietsen") is None


def test_the_ministry_of_a_bewindspersoon_named_by_it_is_who_acts() -> None:
    """Found in a user trial: "de bewindspersoon van LVVN komt …" left the post unknown."""
    found = agent_ministry("de bewindspersoon van OCW komt dit najaar met een plan voor de leraren")
    assert found is not None
    assert found.ministry == "OCW"
    assert agent_ministry("de bewindspersoon van de buurgemeente komt langs") is None


@pytest.mark.parametrize(
    "written", ["de ministeriële regeling van Defensie", "de ministerraad van Defensie", "minstens van DEF"]
)
def test_a_word_more_than_one_slip_from_a_role_is_no_post(written: str) -> None:
    assert [found.post for found in find_posts(written) if found.post] == []


@pytest.mark.parametrize(
    "written", ["minister voor wonen", "staatssecretaris zorg", "minister van milieu", "de minister zaken"]
)
def test_a_part_of_several_portfolios_is_left_unknown(written: str) -> None:
    """ "wonen" is of "Wonen en Rijksdienst" and of "Milieu en Wonen": no guess between them."""
    assert parse_post(written) is None


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("de staatssecretaris van Financien", "Staatssecretaris van Financiën"),
        ("De minister van financien stuurt", "Minister van Financiën"),
        ("minister van economische zaken en klimaat", "Minister van Economische Zaken en Klimaat"),
        ("Minister van ECONOMISCHE ZAKEN EN KLIMAAT", "Minister van Economische Zaken en Klimaat"),
        ("minsiter van Financien", "Minister van Financiën"),
    ],
)
def test_a_post_written_without_diacritics_or_in_other_case_is_the_known_post(
    written: str, post: str
) -> None:
    found = parse_post(written)
    assert found is not None
    assert found.post == post
    assert written[found.start :].lower().startswith(("min", "staats"))  # the span is the text's own


def test_a_post_after_a_ligature_or_an_ellipsis_is_found_at_its_place_as_written() -> None:
    """Folding may make a character several ("ﬁ", "…"): the span found is still the text's own."""
    written = "Over ﬁscale zaken … stuurt de Minister van Financiën een brief"
    (found,) = find_posts(written)
    assert written[found.start : found.end] == "Minister van Financiën"
    agent = agent_ministry("De ﬁnale toets … wordt uitgevoerd door het ministerie van Financiën")
    assert agent is not None
    assert agent.ministry == "FIN"


def test_a_name_that_differs_by_more_than_its_diacritics_is_no_post() -> None:
    assert parse_post("minister van Financieel Beheer") is None
    assert ministry_code("Financiën") == ministry_code("financien") == "FIN"


def test_a_ministry_that_no_longer_exists_is_known_as_gone_with_its_successors() -> None:
    """Trial 10: "De minister van EZK stuurt …" was taken as a post of today; EZK was split in 2024."""
    today = date(2026, 12, 8)
    for code, successors in (("EZK", ("EZ", "KGG")), ("LNV", ("LVVN",))):
        gone = gone_by(code, today)
        assert gone is not None
        assert gone.successors == successors
    assert gone_by("EZK", date(2024, 7, 1)) is None  # the day before it ended: still there
    for code in ("EZ", "KGG", "LVVN", None):  # look-alikes: its successors, no ministry at all
        assert gone_by(code, today) is None
    assert set(with_predecessors("KGG")) == {"KGG", "EZK"}
    assert set(with_predecessors("EZ")) == {"EZ", "EZK"}
    assert with_predecessors("VWS") == ["VWS"]
