"""Keeping clients: the products a client holds with their maturities, the cross-selling
rules (three to start with, which the user edits), key-client plans, and the marks
("done", "snoozed") of the Today screen's reminders.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _contact(primary_key: bool = False) -> sa.Column:
    return sa.Column(
        "contact_id",
        sa.Integer(),
        sa.ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("maturity", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_products_maturity", "products", ["maturity"])
    op.create_index("ix_products_contact", "products", ["contact_id", "type"])
    rules = op.create_table(
        "sell_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("holds", sa.String(16), nullable=False),
        sa.Column("suggest", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("maturing_days", sa.Integer(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
    )
    op.bulk_insert(
        rules,
        [
            {
                "holds": "deposit",
                "suggest": "wealth",
                "reason": "定期存款即将到期，客户有再配置需求：推荐理财产品，留住资金",
                "maturing_days": 30,
                "enabled": True,
            },
            {
                "holds": "loan",
                "suggest": "credit_line",
                "reason": "贷款客户信用已知：推荐授信额度，便于周转",
                "maturing_days": None,
                "enabled": True,
            },
            {
                "holds": "debit_card",
                "suggest": "vip_card",
                "reason": "普卡客户资产在增长：推荐升级贵宾卡，享受更多服务",
                "maturing_days": None,
                "enabled": True,
            },
        ],
    )
    op.create_table(
        "key_client_plans",
        _contact(primary_key=True),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.Column("invest", sa.Text(), nullable=False),
        sa.Column("returns", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "reminder_marks",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    for table in ("reminder_marks", "key_client_plans", "sell_rules", "products"):
        op.drop_table(table)
