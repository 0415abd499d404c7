"""plans: tasks.plan, task_steps, step_events

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 20:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_STEP_STATUSES = "'pending', 'running', 'completed', 'failed', 'skipped', 'cancelled'"


def upgrade() -> None:
    op.add_column("tasks", sa.Column("plan", _json(), nullable=True))
    op.create_table(
        "task_steps",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("instruction", sa.Text(), nullable=False),
        sa.Column("capabilities", _json(), nullable=True),
        sa.Column("arm_id", sa.String(length=128), nullable=True),
        sa.Column("depends_on", _json(), nullable=False),
        sa.Column("extra_inputs", _json(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("output", _json(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("tokens_used", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(f"status IN ({_STEP_STATUSES})", name=op.f("ck_task_steps_status")),
        sa.CheckConstraint(
            "kind IN ('step', 'planner', 'judge', 'repair')", name=op.f("ck_task_steps_kind")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_steps_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_steps")),
    )
    op.create_index(
        "uq_task_steps_task_id_step_id", "task_steps", ["task_id", "step_id"], unique=True
    )
    op.create_index("ix_task_steps_status_heartbeat_at", "task_steps", ["status", "heartbeat_at"])
    op.create_table(
        "step_events",
        sa.Column("id", _BIG_ID, autoincrement=True, nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("worker", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_step_events_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_events")),
    )
    op.create_index("ix_step_events_task_id_id", "step_events", ["task_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_step_events_task_id_id", table_name="step_events")
    op.drop_table("step_events")
    op.drop_index("ix_task_steps_status_heartbeat_at", table_name="task_steps")
    op.drop_index("uq_task_steps_task_id_step_id", table_name="task_steps")
    op.drop_table("task_steps")
    op.drop_column("tasks", "plan")
