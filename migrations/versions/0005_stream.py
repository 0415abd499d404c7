"""stream wake-ups: every new task or step event notifies ``orchestrator_events``

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00.000000

Postgres only: a row trigger on ``task_events`` and ``step_events`` calls ``pg_notify`` with
the task id, so every writer of the event logs (the worker's transitions, plan steps, the
API's cancel and retry, the sweeper) wakes the API's open streams without a line of its own.
The notification is sent at commit, and not at all on rollback. SQLite has no notifications:
the API polls its event logs there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> the rows that notify. A task's first event never needs to: the task did not
# exist before it, so no stream of it was open, and a stream reads the log when it opens.
_TRIGGERS = {
    "task_events": "WHEN (NEW.from_status IS NOT NULL) ",
    "step_events": "",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION orchestrator_notify_event() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('orchestrator_events', NEW.task_id::text);
            RETURN NULL;
        END;
        $$
        """
    )
    for table, when in _TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT ON {table} "
            f"FOR EACH ROW {when}EXECUTE FUNCTION orchestrator_notify_event()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS orchestrator_notify_event()")
