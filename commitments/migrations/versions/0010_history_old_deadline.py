"""a postponement keeps the old deadline's phrase and estimate mark, so undoing it restores them; rows from
before keep working (NULL: the date alone, no estimate)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("old_deadline_text", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("old_estimate", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("history") as batch:
        batch.drop_column("old_estimate")
        batch.drop_column("old_deadline_text")
