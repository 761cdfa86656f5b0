"""a letter's own Kamerstuk number, so that what it promised is found by it

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("kamerstuk", sa.String(length=40), nullable=True))
        batch.create_index("ix_documents_kamerstuk", ["kamerstuk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_kamerstuk")
        batch.drop_column("kamerstuk")
