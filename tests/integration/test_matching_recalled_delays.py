"""A letter that recalls a promise, says it cannot be kept and gives a new moment postpones it, also when its
opening names the same subject and when the new moment stands in a later sentence of another actor; and what
"Andere kiezen" offers once some of a letter's items are closed (trial 9, #1, #3, #13). Made-up letters."""

from __future__ import annotations

from datetime import date

import pytest

from commitments import services
from commitments.db import Database
from commitments.matching.service import match_letter, offered_items
from commitments.services import NewCommitment
from tests.integration.test_matching_service import _postponement
from tests.use_case import use_case

TEAM = -300
DAY = date(2027, 2, 22)
HEAD = (
    "Ministerie van Volksgezondheid, Welzijn en Sport\n\nAan de Voorzitter van de Tweede Kamer der "
    "Staten-Generaal\n\nDatum 22 februari 2027\nBetreft Geboortezorg en voortgang wijkverpleging\n\n"
    "Geachte Voorzitter,\n\nMet deze brief informeer ik u over de geboortezorg en over de voortgang van de "
    "versterking van de wijkverpleging.\n\nWijkverpleging\n"
)
SIGNED = "\n\nDe Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nA. Jansen\n"


def _add(db: Database, title: str, deadline: date, ministry: str = "VWS") -> int:
    post = "Staatssecretaris van Volksgezondheid, Welzijn en Sport" if ministry == "VWS" else None
    new = NewCommitment(title=title, team=TEAM, deadline=deadline, ministry=ministry, post=post)
    return use_case(db, services.add_commitment, new, "test").id


@pytest.mark.parametrize(
    ("paragraph", "new"),
    [
        # cannot be met, then the new moment in a sentence of its own
        (
            "In mijn eerdere brief heb ik toegezegd u voor 1 juni 2027 te informeren over de "
            "wijkverpleging. Omdat het overleg met de zorgverzekeraars nog loopt, lukt dat niet. Ik "
            "informeer u nu voor het kerstreces van 2027 over de wijkverpleging.",
            date(2027, 12, 16),
        ),
        # a word of delay with the new moment after it
        (
            "Tijdens het debat heb ik toegezegd u voor 1 juni 2027 te berichten over de wijkverpleging. "
            "Dat is niet haalbaar. De brief over de wijkverpleging wordt uitgesteld tot 1 oktober 2027.",
            date(2027, 10, 1),
        ),
    ],
)
def test_a_recalled_promise_that_cannot_be_met_is_postponed_not_fulfilled_by_the_opening(
    db: Database, paragraph: str, new: date
) -> None:
    item = _add(db, "Brief over de wijkverpleging", date(2027, 6, 1))
    _add(db, "Brief over de geboortezorg", date(2027, 3, 1))
    result = use_case(db, match_letter, HEAD + paragraph + SIGNED, DAY, TEAM)
    assert item not in [proposal.best.commitment_id for proposal in result.fulfils]
    [moved] = [proposal for proposal in result.postpones if proposal.best.commitment_id == item]
    assert moved.statement.new_deadline is not None
    assert moved.statement.new_deadline.date == new


def test_a_recalled_promise_kept_in_its_paragraph_is_not_moved_by_another_subjects_moment(
    db: Database,
) -> None:
    """The look-alike: the promise is kept ("Hiermee kom ik die toezegging na"); the later moment after it
    is another subject's."""
    item = _add(db, "Brief over de wijkverpleging", date(2027, 6, 1))
    _add(db, "Brief over de geboortezorg", date(2027, 3, 1))
    paragraph = (
        "In mijn eerdere brief heb ik toegezegd u voor 1 juni 2027 te informeren over de wijkverpleging. "
        "Hiermee kom ik die toezegging na. Over de wijkverpleging in de regio Zeeland informeer ik u in het "
        "najaar."
    )
    result = use_case(db, match_letter, HEAD + paragraph + SIGNED, DAY, TEAM)
    assert item not in [proposal.best.commitment_id for proposal in result.postpones]


JENV = (
    "Ministerie van Justitie en Veiligheid\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 28 juni 2027\nBetreft Jeugdcriminaliteit\n\nGeachte Voorzitter,\n\n"
    "Hierbij informeer ik u over de aanpak van jeugdcriminaliteit.\n\nToezicht\n"
)
JENV_SIGNED = "\n\nDe Minister van Justitie en Veiligheid,\n\nB. de Boer\n"


@pytest.mark.parametrize(
    ("paragraph", "new"),
    [
        (
            "De staatssecretaris heeft toegezegd u in het voorjaar een plan voor het elektronisch toezicht "
            "op veroordeelden te sturen. Het plan is nog niet gereed, omdat de gesprekken met de "
            "uitvoerders meer tijd vragen. De staatssecretaris stuurt u het plan voor het elektronisch "
            "toezicht voor 1 november 2027.",
            date(2027, 11, 1),
        ),
        (
            "De minister heeft toegezegd u in het voorjaar een plan voor het elektronisch toezicht op "
            "veroordeelden te sturen. Het plan is nog niet af, omdat de uitvoerders meer tijd nodig "
            "hebben. De minister informeert u voor 15 oktober 2027 over het plan.",
            date(2027, 10, 15),
        ),
    ],
)
def test_the_new_moment_of_a_delay_in_a_later_sentence_of_another_actor_is_kept(
    db: Database, paragraph: str, new: date
) -> None:
    item = _add(db, "Plan voor het elektronisch toezicht op veroordeelden", date(2027, 6, 20), "JenV")
    result = use_case(db, match_letter, JENV + paragraph + JENV_SIGNED, date(2027, 6, 28), TEAM)
    [moved] = [proposal for proposal in result.postpones if proposal.best.commitment_id == item]
    assert moved.statement.new_deadline is not None
    assert moved.statement.new_deadline.date == new


def test_a_later_moment_of_another_subject_in_another_paragraph_is_no_new_moment(db: Database) -> None:
    item = _add(db, "Plan voor het elektronisch toezicht op veroordeelden", date(2027, 6, 20), "JenV")
    paragraph = (
        "De staatssecretaris heeft toegezegd u in het voorjaar een plan voor het elektronisch toezicht op "
        "veroordeelden te sturen. Het plan is nog niet gereed, omdat de gesprekken met de uitvoerders meer "
        "tijd vragen.\n\nReclassering\nDe staatssecretaris stuurt u de evaluatie van de reclassering voor 1 "
        "november 2027."
    )
    result = use_case(db, match_letter, JENV + paragraph + JENV_SIGNED, date(2027, 6, 28), TEAM)
    [moved] = [proposal for proposal in result.postpones if proposal.best.commitment_id == item]
    assert moved.statement.new_deadline is None or moved.statement.new_deadline.date != date(2027, 11, 1)


def test_andere_kiezen_keeps_the_proposal_and_drops_items_closed_since(db: Database) -> None:
    proposed = _add(db, "Brief over de wijkverpleging", date(2027, 6, 1))
    closed = _add(db, "Motie over betaalbare mondzorg", date(2027, 5, 1))
    still_open = _add(db, "Brief over de geboortezorg", date(2027, 3, 1))
    use_case(db, services.fulfil, closed, "test", None, team=TEAM)
    step = _postponement(proposed, [closed, still_open], date(2027, 9, 1), "ef" * 32)
    offered = use_case(db, offered_items, step, TEAM)
    assert [item.id for item in offered] == [proposed, still_open]
    use_case(db, services.fulfil, proposed, "test", None, team=TEAM)  # the proposal itself stays listed
    offered = use_case(db, offered_items, step, TEAM)
    assert [item.id for item in offered] == [proposed, still_open]
