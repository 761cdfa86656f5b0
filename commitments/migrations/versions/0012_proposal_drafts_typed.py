"""a letter's proposal waiting in a draft is a typed step (``commitments.pending.ProposalStep``): its payload
is flat, with its type and its letter, instead of ``{"match": …, "letter": …}``

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DRAFTS = sa.table(
    "drafts",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("payload", sa.JSON),
)


def _flat(payload: dict[str, Any]) -> dict[str, Any]:
    return {"type": "match", **payload["match"], "letter": payload["letter"]}


def _nested(payload: dict[str, Any]) -> dict[str, Any]:
    found = {key: value for key, value in payload.items() if key not in ("type", "letter", "evidence")}
    return {"match": found, "letter": payload["letter"]}


def _rewrite(change: Callable[[dict[str, Any]], dict[str, Any]], shape: str) -> None:
    """Rewrite the payload of every proposal draft that has ``shape`` (a key only that shape has)."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_DRAFTS.c.id, _DRAFTS.c.payload).where(_DRAFTS.c.kind == "match")
    ).all()
    for row in rows:
        if shape in row.payload:
            connection.execute(
                _DRAFTS.update().where(_DRAFTS.c.id == row.id).values(payload=change(row.payload))
            )


def upgrade() -> None:
    _rewrite(_flat, "match")


def downgrade() -> None:
    _rewrite(_nested, "type")
