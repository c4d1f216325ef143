"""Each visit goes to one of the client's addresses, chosen when it is planned (home,
work ...): the route, "who is near" and the district lists then agree on where it is.
NULL for older plans: their client's first address.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_plans") as batch:
        batch.add_column(sa.Column("address_kind", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit_plans") as batch:
        batch.drop_column("address_kind")
