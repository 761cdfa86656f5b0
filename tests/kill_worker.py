"""A process that runs one real multi-step use case on a real database and, with ``kill``, dies
(``os._exit``, no clean-up, as under SIGKILL) between its two halves. Used by
``tests/integration/test_kill.py``.

    python -m tests.kill_worker URL SCENARIO DRAFT_ID kill|whole

Before dying it prints, as JSON, what its own open transaction holds at that moment, so the test can tell that
the first half really reached the database before the process died.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

import commitments.drafts
import commitments.matching.service
from commitments import drafts
from commitments.db import Database
from commitments.model import Commitment, Document, Draft, HistoryEvent
from commitments.unit_of_work import Transactions, UnitOfWork

TEAM = -1001
BY = "@alice"
KILLED = 9


def held(uow: UnitOfWork) -> dict[str, int]:
    """What the unit of work holds so far, written to the database (flushed) but not committed."""
    uow.session.flush()
    count = lambda model: uow.session.scalar(select(func.count()).select_from(model)) or 0  # noqa: E731
    return {
        "documents": count(Document),
        "commitments": count(Commitment),
        "drafts": count(Draft),
        "events": count(HistoryEvent),
    }


def dying_at(module: Any, name: str, call: int) -> None:
    """Replace ``module.name`` so that its ``call``-th call (from 1) dies instead, once the earlier part
    of the use case is written to the database."""
    real: Callable[..., Any] = getattr(module, name)
    calls = 0

    def die_on_the_call(uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls < call:
            return real(uow, *args, **kwargs)
        print(json.dumps(held(uow)), flush=True)
        os._exit(KILLED)

    setattr(module, name, die_on_the_call)


SCENARIOS: dict[str, tuple[Callable[..., Any], tuple[Any, str, int]]] = {
    # the letter's Document and its first item are written; the process dies saving the second item
    "letter_and_items": (
        lambda uow, draft: drafts.save_found(uow, draft, TEAM, BY),
        (commitments.drafts, "add_commitment", 2),
    ),
    # the proposal's draft is claimed and the letter registered; it dies naming the letter in the change
    "proposal_acceptance": (
        lambda uow, draft: commitments.matching.service.accept_offered(uow, draft, TEAM, BY, None),
        (commitments.matching.service, "_letter_of", 1),
    ),
    # the card's draft is claimed (deleted); it dies saving the commitment
    "draft_claim": (
        lambda uow, draft: drafts.save_card(uow, draft, TEAM, BY, True),
        (commitments.drafts, "add_commitment", 1),
    ),
}


def main(url: str, scenario: str, draft_id: str, mode: str) -> None:
    use_case, (module, name, call) = SCENARIOS[scenario]
    if mode == "kill":
        dying_at(module, name, call)
    Transactions(Database(url)).run(use_case, int(draft_id))
    print(json.dumps({"finished": True}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
