"""Judgements say how they were recorded (run or import); metrics are indexed by name for trends.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add judgements.source (existing rows: `import`) and the metrics (name, scope) index."""
    with op.batch_alter_table("judgements") as batch:
        batch.add_column(sa.Column("source", sa.String(16), nullable=False, server_default="import"))
    op.create_index("ix_metrics_name_scope", "metrics", ["name", "scope"])


def downgrade() -> None:
    """Remove them again."""
    op.drop_index("ix_metrics_name_scope", table_name="metrics")
    with op.batch_alter_table("judgements") as batch:
        batch.drop_column("source")
