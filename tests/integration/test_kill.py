"""Kill test: a process that dies between the two halves of a multi-step write leaves all or nothing.

Each scenario runs the real use case in a subprocess (:mod:`tests.kill_worker`) against the test database
(an SQLite file, and PostgreSQL when TEST_DATABASE_URL is set). With ``kill`` the process exits on the spot
(``os._exit``: no rollback, no clean-up, as under SIGKILL) once the first half is written to the database;
afterwards nothing of it may be stored. Without ``kill`` the same use case stores everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from commitments import drafts, pending
from commitments.db import Database
from commitments.matching.action import Action
from commitments.model import Commitment, Document, Draft, DraftKind, HistoryEvent, Status
from commitments.services import NewCommitment, add_commitment
from tests.kill_worker import KILLED, TEAM
from tests.use_case import transaction, use_case

ROOT = Path(__file__).resolve().parents[2]
LETTER = {
    "filename": "brief.pdf",
    "letter_date": "2026-02-20",
    "subject": "Jeugdzorg",
    "content_hash": "cd" * 32,
}


def _run(database_url: str, scenario: str, draft_id: int, mode: str) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.kill_worker", database_url, scenario, str(draft_id), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr
    return done.returncode, json.loads(lines[-1])


def _stored(db: Database) -> dict[str, int]:
    with transaction(db) as session:
        count = lambda model: session.scalar(select(func.count()).select_from(model)) or 0  # noqa: E731
        return {
            "documents": count(Document),
            "commitments": count(Commitment),
            "drafts": count(Draft),
            "events": count(HistoryEvent),
        }


def _letter_draft(db: Database) -> int:
    items = [NewCommitment(title=f"Punt {n}", deadline=date(2026, n, 1)) for n in (4, 5, 6)]
    payload = pending.dump(pending.FoundItems(document=LETTER, items=items))
    return use_case(db, drafts.save_draft, TEAM, 1, DraftKind.DOCUMENT, payload).id


def _proposal_draft(db: Database) -> int:
    item = use_case(db, add_commitment, NewCommitment(title="Brief over jeugdzorg", team=TEAM), "@alice")
    step = pending.ProposalStep(
        action=Action.FULFIL,
        commitment=item.id,
        label="toezegging",
        score=0.9,
        quote="Hiermee doe ik mijn toezegging af.",
        letter=LETTER,
    )
    return use_case(db, drafts.save_draft, TEAM, 1, DraftKind.MATCH, pending.dump(step)).id


def _card_draft(db: Database) -> int:
    step = pending.CardStep(new=NewCommitment(title="Brief over wachttijden", team=TEAM))
    return use_case(db, drafts.save_draft, TEAM, 1, DraftKind.CARD, pending.dump(step)).id


SETUP = {
    "letter_and_items": _letter_draft,
    "proposal_acceptance": _proposal_draft,
    "draft_claim": _card_draft,
}


@pytest.mark.parametrize("scenario", sorted(SETUP))
def test_a_kill_between_the_halves_stores_nothing(db: Database, database_url: str, scenario: str) -> None:
    draft_id = SETUP[scenario](db)
    before = _stored(db)
    code, held = _run(database_url, scenario, draft_id, "kill")
    assert code == KILLED
    assert held != before  # the first half was written (not yet committed) when the process died
    assert _stored(db) == before
    assert use_case(db, drafts.load_draft, draft_id, TEAM).id == draft_id  # the draft is still there


@pytest.mark.parametrize("scenario", sorted(SETUP))
def test_without_a_kill_everything_is_stored(db: Database, database_url: str, scenario: str) -> None:
    draft_id = SETUP[scenario](db)
    before = _stored(db)
    code, said = _run(database_url, scenario, draft_id, "whole")
    assert (code, said) == (0, {"finished": True})
    after = _stored(db)
    assert after["drafts"] == before["drafts"] - 1  # claimed once, gone
    expected = {
        "letter_and_items": {"documents": 1, "commitments": 3},
        "proposal_acceptance": {"documents": 1, "commitments": 0},
        "draft_claim": {"documents": 0, "commitments": 1},
    }[scenario]
    assert {key: after[key] - before[key] for key in expected} == expected
    if scenario == "proposal_acceptance":
        with transaction(db) as session:
            item = session.scalars(select(Commitment)).one()
            assert item.status == Status.VOLDAAN
            assert (item.history[-1].new, item.history[-1].letter) == (
                "voldaan",
                "brief ‘Jeugdzorg’ van 20 februari 2026",
            )


def test_a_second_claim_of_the_same_draft_finds_it_gone(db: Database, database_url: str) -> None:
    draft_id = _card_draft(db)
    assert _run(database_url, "draft_claim", draft_id, "whole")[0] == 0
    with pytest.raises(drafts.DraftGone):
        use_case(db, drafts.save_card, draft_id, TEAM, "@bob", True)
    assert _stored(db)["commitments"] == 1
