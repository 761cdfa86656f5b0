"""trial10 #1 and #4: a promise a letter recalls is postponed when the letter denies its old moment for a new
one ("ontvangt u niet voor 1 maart maar voor de zomer"), also when the letter's opening is about the same
subject; and it is fulfilled when the letter says, in the recall's own paragraph, that it answers it now
("Met deze brief informeer ik u …"), whatever a later paragraph says is delayed. Made-up letters."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.matching.action import Action
from commitments.matching.scoring import Candidate
from commitments.matching.statements import cause_given, find_statements
from tests.unit.test_match_acts import _letter, _proposals
from tests.unit.test_match_scoring import _record

_OTHERS = (
    "Voortgangsrapportage netcongestie",
    "Evaluatie van de Wet open overheid",
    "Plan van aanpak personeelstekort gevangeniswezen",
    "Kamerbrief over de stikstofaanpak",
    "Kamer informeren over de wachttijden in de ggz",
)


def _store(title: str, deadline: date) -> list[Candidate]:
    """The item the letter is about, among a register of other items of the ministry."""
    items = [_record(1, title, "toezegging", ministry="VWS", deadline=deadline)]
    items += [
        _record(number, other, "toezegging", ministry="VWS", deadline=date(2025, 12, 1))
        for number, other in enumerate(_OTHERS, start=2)
    ]
    return [Candidate.of(item) for item in items]


@pytest.mark.parametrize(
    "body",
    [
        "In deze brief geef ik u een korte stand van zaken over de mondzorg. De gesprekken lopen. De brief "
        "over de mondzorg die ik u voor 1 mei heb toegezegd, ontvangt u niet voor 1 mei maar na de zomer.",
        "Met deze brief informeer ik u kort over de mondzorg. Het plan over de mondzorg dat ik u in mei heb "
        "beloofd, komt niet in mei, maar in het najaar.",
    ],
)
def test_a_recalled_moment_denied_for_a_new_one_postpones_and_never_fulfils(body: str) -> None:
    proposals = _proposals(_letter(body), _store("Mondzorgbrief", date(2025, 5, 31)))
    assert ("postpone", 1) in proposals
    assert ("fulfil", 1) not in proposals


def test_a_recalled_promise_restated_for_its_own_moment_is_not_postponed() -> None:
    """Look-alike: the old moment kept, not denied ("ontvangt u, zoals toegezegd, voor 1 mei")."""
    body = (
        "De brief over de mondzorg die ik u voor 1 mei heb toegezegd, ontvangt u zoals gepland voor 1 mei. "
        "De gesprekken lopen goed."
    )
    assert ("postpone", 1) not in _proposals(_letter(body), _store("Mondzorgbrief", date(2025, 5, 31)))


@pytest.mark.parametrize(
    "answer",
    [
        "Tijdens het commissiedebat van 12 februari heb ik toegezegd u voor het zomerreces een brief over de "
        "jeugdzorg te sturen. Met deze brief informeer ik u over de voortgang van de hervorming.",
        "In het debat heb ik u toegezegd voor het zomerreces een brief over de jeugdzorg te sturen. Hierbij "
        "stuur ik u een overzicht van wat er in de regio's is bereikt.",
    ],
)
def test_a_recalled_promise_answered_in_its_paragraph_is_fulfilled_whatever_the_next_says(
    answer: str,
) -> None:
    body = (
        f"{answer}\n\nDe evaluatie van de Jeugdwet is vertraagd. Ik stuur u de evaluatie uiterlijk 1 oktober."
    )
    proposals = _proposals(_letter(body), _store("Brief over de jeugdzorg", date(2025, 7, 4)))
    assert ("fulfil", 1) in proposals
    assert ("postpone", 1) not in proposals


def test_a_recalled_promise_whose_own_paragraph_names_a_delay_is_not_fulfilled() -> None:
    """Look-alike: the delay stands in the recall's own paragraph."""
    body = (
        "Tijdens het commissiedebat van 12 februari heb ik toegezegd u voor het zomerreces een brief over de "
        "jeugdzorg te sturen. Met deze brief meld ik u dat die brief vertraging oploopt."
    )
    assert ("fulfil", 1) not in _proposals(_letter(body), _store("Brief over de jeugdzorg", date(2025, 7, 4)))


@pytest.mark.parametrize(
    "told",
    [
        "De benodigde cijfers komen later beschikbaar dan verwacht.",
        "De gegevens van het CBS zijn vertraagd.",
    ],
)
def test_what_the_act_waits_for_told_late_is_the_reason(told: str) -> None:
    """trial10 #15: a sentence beside the delay that says, in the third person, that what it needs is late."""
    acting = "Over de wachttijden kan ik u nog niet informeren."
    assert cause_given([acting, told, "Ik kom daar na de zomer op terug."], {0}) == told


def test_the_writers_own_delay_or_the_acting_sentence_is_no_reason() -> None:
    """Look-alikes: the writer's own act of later, and the acting sentence itself."""
    assert (
        cause_given(["De evaluatie is vertraagd.", "Ik stuur u de evaluatie later dan gepland."], {0}) is None
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Inmiddels is de helft van de metingen gedaan. Met deze brief stuur ik u daarom een eerste deel"
        " van de cijfers over de wachttijden in de jeugdzorg.",
        "Een deel van de gegevens is binnen. Hierbij informeer ik u over een eerste deel van de"
        " cijfers over de wachttijden in de jeugdzorg.",
    ],
)
def test_a_recalled_promise_answered_in_the_next_paragraph_is_kept_there(answer: str) -> None:
    body = (
        "Mijn voorganger heeft uw Kamer toegezegd u voor de zomer te informeren over de wachttijden in de "
        f"jeugdzorg.\n\n{answer}"
    )
    proposals = _proposals(
        _letter(body), _store("Brief over de wachttijden in de jeugdzorg", date(2025, 7, 4))
    )
    assert ("partial", 1) in proposals


def test_a_recalled_promise_whose_answer_paragraph_names_a_delay_is_not_kept() -> None:
    body = (
        "Mijn voorganger heeft uw Kamer toegezegd u voor 1 april te informeren over de wachttijden in de "
        "jeugdzorg.\n\nHierbij deel ik u mede dat die brief niet voor 1 april kan komen. Er is meer tijd "
        "nodig."
    )
    actions = [statement.action for statement in find_statements(_letter(body), date(2025, 3, 12))]
    assert actions == [Action.POSTPONE]
