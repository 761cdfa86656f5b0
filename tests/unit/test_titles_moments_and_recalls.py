"""trial9 #10: a title says what is promised, not when nor that it was promised before."""

from datetime import date

from commitments.titles import subject_title

TODAY = date(2026, 12, 7)


def test_a_moment_before_the_thing_is_no_part_of_its_title_even_without_a_rule_for_it() -> None:
    assert (
        subject_title(
            "De staatssecretaris stuurt de Kamer voor de begrotingsbehandeling een brief over toeslagen",
            TODAY,
        )
        == "Brief over toeslagen"
    )
    assert (
        subject_title("De minister van OCW stuurt na de verkiezingen een brief over het lerarentekort", TODAY)
        == "Brief over het lerarentekort"
    )
    assert (
        subject_title("Na de verkiezingen stuurt de minister van OCW een brief over het lerarentekort", TODAY)
        == "Brief over het lerarentekort"
    )


def test_a_phrase_after_the_thing_that_names_it_stays() -> None:
    assert (
        subject_title("De minister stuurt een plan voor de verkiezingen van de waterschappen", TODAY)
        == "Plan voor de verkiezingen van de waterschappen"
    )
    assert (
        subject_title("De minister stuurt een brief over de voorbereiding van de verkiezingen", TODAY)
        == "Brief over de voorbereiding van de verkiezingen"
    )


def test_that_it_was_promised_before_is_no_part_of_the_title() -> None:
    assert (
        subject_title("U ontvangt de evaluatie van de Wet luchtvaart zoals toegezegd eind 2027.", TODAY)
        == "Evaluatie van de Wet luchtvaart"
    )
    assert (
        subject_title(
            "Zoals eerder aan uw Kamer toegezegd, ontvangt u voor de zomer het rapport over de mondzorg.",
            TODAY,
        )
        == "Rapport over de mondzorg"
    )
    # a promise that is the subject stays: "toezegging" as a thing
    assert subject_title("Ik stuur u voor de zomer een overzicht van de toezeggingen", TODAY) == (
        "Overzicht van de toezeggingen"
    )


def test_informing_you_reads_as_informing_the_kamer_whatever_stands_between() -> None:
    assert (
        subject_title("Ik informeer u nu voor het kerstreces van 2027 over de huisartsenzorg.", TODAY)
        == "Kamer informeren over de huisartsenzorg"
    )
    assert (
        subject_title("Voor de zomer informeer ik u nader over de mondzorg.", TODAY)
        == "Kamer informeren over de mondzorg"
    )
    # nothing it informs about: no "Kamer informeren over" to make
    assert subject_title("Ik informeer u voor de zomer nader.", TODAY) == "Informeer u nader"
