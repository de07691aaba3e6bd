"""stall marks: the dates of stalled help on each household; closed files by date

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 15:20:00

Two dates on households make the stalled-help worklists an index range instead of a join
over every action (`storage.stall_marks`): `late_since`, the earliest deadline of an open or
running action of the plan version in force, and `quiet_since`, the last evaluation when no
action was completed after it; both NULL for a closed household. The data step fills them
from the plan tables with the rule written out here, so this migration keeps working when
the application changes. The index on action deadlines that the old list walked goes; a new
one on the closing date lets the retention worklist read only files old enough to be due,
and the team index gains the level so the caseload is counted from the index alone.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

PLAN_ACTIONS = """
    FROM actions a
    JOIN goals g ON g.id = a.goal_id
    JOIN plan_versions pv ON pv.id = g.plan_version_id
    JOIN plans p ON p.id = pv.plan_id
    WHERE p.household_id = households.id
"""
IN_FORCE = """
    (pv.status = 'concept' OR (
        pv.number = (SELECT max(v2.number) FROM plan_versions v2
                     WHERE v2.plan_id = pv.plan_id AND v2.status = 'vastgesteld')
        AND NOT EXISTS (SELECT 1 FROM plan_versions v3
                        WHERE v3.plan_id = pv.plan_id AND v3.status = 'concept')))
"""
HELD = "(SELECT max(e.held_on) FROM evaluations e WHERE e.household_id = households.id)"
DONE = f"(SELECT max(a.completed_on) {PLAN_ACTIONS})"
FILL = f"""
UPDATE households SET
  late_since = CASE WHEN status = 'afgesloten' THEN NULL ELSE
    (SELECT min(a.deadline) {PLAN_ACTIONS} AND {IN_FORCE} AND a.status IN ('open', 'lopend'))
  END,
  quiet_since = CASE WHEN status = 'afgesloten' THEN NULL
    WHEN {DONE} IS NULL OR {DONE} <= {HELD} THEN {HELD}
    ELSE NULL END
"""
INDEXES = {
    "ix_households_late": ["late_since", "id"],
    "ix_households_team_late": ["team_id", "late_since", "id"],
    "ix_households_quiet": ["quiet_since", "id"],
    "ix_households_team_quiet": ["team_id", "quiet_since", "id"],
    # retention worklist: only files closed before the shortest period are read
    "ix_households_closed": ["closed_at", "id"],
}


def upgrade() -> None:
    """Upgrade schema."""
    # ADD COLUMN without a table rebuild (SQLite appends nullable columns in place)
    # Unused from now on, and it made SQLite walk every open action for the earliest deadline
    # of one household (minutes at 100,000 households instead of seconds).
    op.drop_index('ix_actions_deadline_status', table_name='actions')
    op.add_column('households', sa.Column('late_since', sa.Date(), nullable=True))
    op.add_column('households', sa.Column('quiet_since', sa.Date(), nullable=True))
    op.execute(FILL)
    for name, columns in INDEXES.items():
        op.create_index(name, 'households', columns, unique=False)
    # the caseload counts per team and level from the index alone
    op.drop_index('ix_households_team_status', table_name='households')
    op.create_index(
        'ix_households_team_level', 'households', ['team_id', 'status', 'level_code'], unique=False
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_households_team_level', table_name='households')
    op.create_index('ix_households_team_status', 'households', ['team_id', 'status'], unique=False)
    for name in INDEXES:
        op.drop_index(name, table_name='households')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_column('quiet_since')
        batch_op.drop_column('late_since')
    op.create_index('ix_actions_deadline_status', 'actions', ['status', 'deadline'], unique=False)
