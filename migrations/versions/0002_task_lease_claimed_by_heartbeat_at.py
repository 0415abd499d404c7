"""task lease: claimed_by, heartbeat_at

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:57:20.750706
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("claimed_by", sa.String(length=255), nullable=True))
    op.add_column("tasks", sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("tasks", "heartbeat_at")
    op.drop_column("tasks", "claimed_by")
