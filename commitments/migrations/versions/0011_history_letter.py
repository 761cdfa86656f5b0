"""a change made by accepting a letter's proposal names the letter in its own history row (it took a second
row, a note, before)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("letter", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("history") as batch:
        batch.drop_column("letter")
