"""An item saved from a letter names that letter on its card and takes the letter's date as the day of the
promise in an export; an item typed in the chat has neither."""

from __future__ import annotations

from datetime import UTC, date, datetime

from commitments import drafts, letters, pending, services
from commitments.db import Database
from commitments.export.service import export_rows
from commitments.letter_arrival import read_letter
from commitments.matching.service import accept_fulfilment, match_letter
from commitments.model import DraftKind, Kind
from commitments.services import NewCommitment
from tests.integration.test_letter_estimates import GROUP, LETTER
from tests.use_case import at, use_case

SAVED = datetime(2027, 2, 3, 10, tzinfo=UTC)


def test_an_item_from_a_letter_names_the_letter_and_is_promised_on_its_date(db: Database) -> None:
    letter = read_letter(LETTER.encode(), "brief.txt", date(2027, 2, 3))
    payload = pending.dump(pending.FoundItems(document=letter.document, items=letter.items))
    draft = at(db, SAVED).run(drafts.save_draft, GROUP, 1, DraftKind.DOCUMENT, payload)
    (saved,) = at(db, SAVED).run(drafts.save_found, draft.id, GROUP, "@alice")
    typed = at(db, SAVED).run(services.add_commitment, NewCommitment(title="Brief", team=GROUP), "@bob")

    shown = use_case(db, services.get_commitment, saved.id, GROUP)
    assert shown.source == "brief ‘Voortgang van het programma tegen mensenhandel’ van 12 januari 2027"
    assert use_case(db, services.get_commitment, typed.id, GROUP).source is None
    rows = {row["id"]: row for row in use_case(db, export_rows, GROUP)}
    assert rows[saved.id]["reference_date"] == date(2027, 1, 12)
    assert rows[typed.id]["reference_date"] == date(2027, 2, 3)


PUBLISHED = """36 800 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X)

Nr. 11 BRIEF VAN DE MINISTER VAN DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 6 oktober 2025

Geachte voorzitter,

Ik zal uw Kamer voor het kerstreces informeren over de aanschaf van nieuwe onderzeeboten.

De Minister van Defensie,
"""


def test_an_item_from_a_published_kamerstuk_is_found_by_the_letters_number(db: Database) -> None:
    letter = read_letter(PUBLISHED.encode(), "brief.txt", date(2025, 10, 6))
    payload = pending.dump(pending.FoundItems(document=letter.document, items=letter.items))
    draft = use_case(db, drafts.save_draft, GROUP, 1, DraftKind.DOCUMENT, payload)
    (saved,) = use_case(db, drafts.save_found, draft.id, GROUP, "@alice")
    assert saved.refs == ()  # the item names no Kamerstuk itself
    for written in ("36800-X-11", "36 800 X, nr. 11", "36800"):  # the number, written so, or its dossier
        query = services.CommitmentQuery(team=GROUP, statuses=(), ref=written)
        assert [item.id for item in use_case(db, services.list_commitments, query)] == [saved.id]
    assert use_case(db, services.get_commitment, saved.id, GROUP).source == "brief Kamerstuk 36800-X-11"


def test_a_published_letter_sent_again_as_another_file_is_the_same_letter(db: Database) -> None:
    """Its own number makes the text after the PDF one letter: what was saved from it is no new item and
    no candidate for the letter to act on."""
    first = read_letter(PUBLISHED.encode(), "brief-eerst.txt", date(2025, 10, 6))
    payload = pending.dump(pending.FoundItems(document=first.document, items=first.items))
    draft = use_case(db, drafts.save_draft, GROUP, 1, DraftKind.DOCUMENT, payload)
    (saved,) = use_case(db, drafts.save_found, draft.id, GROUP, "@alice")
    again = read_letter((PUBLISHED + "\n").encode(), "brief.txt", date(2025, 10, 6))
    assert again.content_hash != first.content_hash
    kamerstuk = again.document["kamerstuk"]
    assert (
        use_case(db, letters.registered_document, GROUP, again.content_hash, kamerstuk) == saved.document_id
    )
    alike = use_case(db, letters.look_alikes, GROUP, again.items, again.content_hash, None, kamerstuk)
    assert [(number, item.id) for number, item in alike] == [(1, saved.id)]
    other = read_letter(PUBLISHED.replace("Nr. 11", "Nr. 12").encode(), "ander.txt", date(2025, 10, 6))
    assert use_case(db, letters.registered_document, GROUP, other.content_hash, "36800-X-12") is None


CITING = """Den Haag, 1 december 2025

Geachte voorzitter,

In mijn brief van 6 oktober 2025 (Kamerstuk 36 800 X, nr. 11) heb ik toegezegd u voor het kerstreces te
informeren. Dat lukt helaas niet, omdat de gesprekken met de werven nog lopen. Ik verwacht u in maart 2026
te informeren.

De Minister van Defensie,
"""


def test_a_later_letter_that_cites_the_letter_an_item_was_promised_in_names_that_item(db: Database) -> None:
    """The earlier letter's own number is evidence for what was promised in it, also when the later letter
    repeats none of its words; a look-alike of the same ministry promised elsewhere is not proposed."""
    first = read_letter(PUBLISHED.encode(), "brief.txt", date(2025, 10, 6))
    payload = pending.dump(pending.FoundItems(document=first.document, items=first.items))
    draft = use_case(db, drafts.save_draft, GROUP, 1, DraftKind.DOCUMENT, payload)
    (saved,) = use_case(db, drafts.save_found, draft.id, GROUP, "@alice")
    other = NewCommitment(
        title="Kamer informeren over de aanschaf van nieuwe fregatten",
        deadline=date(2025, 12, 19),
        post="Minister van Defensie",
        team=GROUP,
    )
    use_case(db, services.add_commitment, other, "@bob")
    result = use_case(db, match_letter, CITING, None, GROUP)
    assert [proposal.best.commitment_id for proposal in result.postpones] == [saved.id]
    (proposal,) = result.postpones
    assert "brief 36800-X-11 genoemd" in proposal.best.evidence
    assert proposal.statement.new_deadline is not None
    assert proposal.statement.new_deadline.date == date(2026, 3, 31)


KEPT = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 februari 2026

Betreft Uitvoering motie-De Ruiter over de veerdiensten

Geachte voorzitter,

Met deze brief geef ik uitvoering aan de motie van het lid De Ruiter (Kamerstuk 31 409, nr. 77), die de
regering verzoekt een dienstregeling voor de veerdiensten op te stellen.

In het debat van 12 januari heb ik toegezegd uw Kamer voor de zomer te informeren over de tarieven van de
veerdiensten naar de Waddeneilanden. Met deze brief informeer ik u over de tarieven van de veerdiensten.

Ik zal uw Kamer voor 1 oktober 2026 informeren over de aanbesteding van de concessie voor de busdiensten.

De Minister van Infrastructuur en Waterstaat,
"""


def test_a_letter_sent_again_finds_the_items_it_closed_the_first_time(db: Database) -> None:
    """What the letter kept when it was first sent (a motie carried out, a promise answered) is found in it
    again: those items are flagged as the closed ones, so 'Alles opslaan' does not store them anew; its new
    promise stays new."""
    motie = NewCommitment(
        title="Motie-De Ruiter over een dienstregeling voor de veerdiensten",
        kind=Kind.MOTIE,
        refs=("31409-77",),
        team=GROUP,
    )
    promise = NewCommitment(
        title="Kamer informeren over de tarieven van de veerdiensten naar de Waddeneilanden",
        deadline=date(2026, 7, 3),
        ministry="IenW",
        team=GROUP,
    )
    closed = [use_case(db, services.add_commitment, new, "@bob") for new in (motie, promise)]
    letter = read_letter(KEPT.encode(), "brief.txt", date(2026, 2, 2))
    assert len(letter.items) == 3
    for item in closed:
        document = use_case(db, letters.register_kept_letter, GROUP, letter.document)
        use_case(db, accept_fulfilment, item.id, "@alice", GROUP, document_id=document)
    alike = use_case(db, letters.look_alikes, GROUP, letter.items, letter.content_hash, None, None)
    assert [(number, item.id) for number, item in alike] == [(1, closed[0].id), (2, closed[1].id)]
    other = read_letter(KEPT.replace("2 februari", "3 februari").encode(), "ander.txt", date(2026, 2, 3))
    assert use_case(db, letters.look_alikes, GROUP, other.items, other.content_hash, None, None) == []
