"""Item-driven matching: an open item is found where the letter speaks of it, whatever the phrasing, and the
act is read from the grammar there (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from commitments import services
from commitments.db import Database
from commitments.matching.service import match_letter
from commitments.model import Kind
from commitments.services import NewCommitment
from tests.use_case import use_case

TEAM = -300

TABLE = """Bijlage 4: Moties en toezeggingen

Tabel 14 Door de Staten-Generaal aanvaarde moties die zijn afgerond

De motie van de leden Dekker-Abdulaziz en Romke de Jong; Verzoekt de regering snel te komen tot een nieuwe \
financieringssystematiek voor gemeenten en provincies na 2025.

Kamerstukken II 2021/22, 35925 VII nr. 165

Afgedaan. De Tweede Kamer is op 11 juli 2022 per brief geïnformeerd.
"""

SLIP = """Datum 3 maart 2025
Betreft Walstroomonderzoek zeehavens later gereed

Geachte voorzitter,

Het veldwerk bij de havenbedrijven kost meer tijd, omdat niet alle terminals gegevens konden leveren. De \
uitkomsten van het onderzoek naar walstroom in de zeehavens komen in het najaar van 2025.

Over de vaarwegen op de Waal bericht ik u apart.
"""

RESTATED = """Den Haag, 3 maart 2025

Geachte voorzitter,

De energiebesparing in huurwoningen blijft een speerpunt. De evaluatie van de subsidieregeling voor \
isolatie van huurwoningen zal ik u zoals gepland voor de zomer van 2025 sturen.
"""

GENERIC = """Den Haag, 3 maart 2025

Geachte voorzitter,

Hierbij stuur ik u het rapport. De Kamer ontvangt deze brief mede namens de minister. Het rapport geeft een \
overzicht van de stand van zaken.
"""

LOOK_ALIKES = """Den Haag, 3 maart 2025

Geachte voorzitter,

Hierbij stuur ik u de rapportage over de jeugdzorg in de regio.
"""


def _add(db: Database, title: str, **fields: object) -> int:
    item = NewCommitment(title=title, team=TEAM, ministry="BZK", **fields)  # type: ignore[arg-type]
    return use_case(db, services.add_commitment, item, "test").id


def test_a_motie_table_marked_afgedaan_fulfils_the_motie_by_its_number(db: Database) -> None:
    wanted = _add(
        db,
        "Motie over een nieuw financieringsstelsel voor medeoverheden",
        kind=Kind.MOTIE,
        refs=("35925-VII-165",),
    )
    _add(db, "Motie over de ozb-ruimte van gemeenten", kind=Kind.MOTIE, refs=("35925-VII-171",))
    result = use_case(db, match_letter, TABLE, date(2023, 9, 19), TEAM)
    assert [proposal.best.commitment_id for proposal in result.fulfils] == [wanted]
    assert result.postpones == ()
    assert "motie 35925-VII-165 genoemd" in result.fulfils[0].best.evidence


def test_a_slip_in_plain_words_postpones_the_item_spoken_of_with_the_new_moment(db: Database) -> None:
    wanted = _add(db, "Uitkomsten onderzoek walstroom zeehavens", deadline=date(2025, 4, 1))
    _add(db, "Brief over de vaarwegen op de Waal", deadline=date(2025, 6, 1))
    result = use_case(db, match_letter, SLIP, None, TEAM)
    assert result.fulfils == ()
    [postponed] = result.postpones
    assert postponed.best.commitment_id == wanted
    assert postponed.statement.new_deadline is not None
    assert postponed.statement.new_deadline.date == date(2025, 12, 21)
    assert any(note.startswith("onderwerp") for note in postponed.best.evidence)


def test_an_item_restated_for_the_moment_it_already_has_is_not_acted_on(db: Database) -> None:
    _add(db, "Evaluatie subsidieregeling isolatie huurwoningen", deadline=date(2025, 7, 1))
    assert use_case(db, match_letter, RESTATED, None, TEAM).proposals == ()


def test_only_common_words_shared_propose_nothing(db: Database) -> None:
    _add(db, "Rapport over de stand van zaken naar de Kamer", deadline=date(2025, 4, 1))
    assert use_case(db, match_letter, GENERIC, None, TEAM).proposals == ()


def test_two_look_alikes_of_one_ministry_equally_spoken_of_propose_nothing(db: Database) -> None:
    _add(db, "Rapportage jeugdzorg regio Noord", deadline=date(2025, 4, 1))
    _add(db, "Rapportage jeugdzorg regio Zuid", deadline=date(2025, 4, 1))
    assert use_case(db, match_letter, LOOK_ALIKES, None, TEAM).proposals == ()
