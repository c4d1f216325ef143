"""The contact book: contacts, phones, addresses, ties, friend kinds, tags.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str) -> sa.Column:
    return sa.Column(
        "contact_id",
        sa.Integer(),
        sa.ForeignKey("contacts.id", ondelete="CASCADE", name=f"fk_{name}_contact_id_contacts"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("nickname", sa.String(100), nullable=False),
        sa.Column("gender", sa.String(16), nullable=True),
        sa.Column("birthday_calendar", sa.String(8), nullable=True),
        sa.Column("birthday_year", sa.Integer(), nullable=True),
        sa.Column("birthday_month", sa.Integer(), nullable=True),
        sa.Column("birthday_day", sa.Integer(), nullable=True),
        sa.Column("birthday_leap", sa.Boolean(), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("occupation", sa.String(100), nullable=False),
        sa.Column("education", sa.String(16), nullable=True),
        sa.Column("marital_status", sa.String(16), nullable=True),
        sa.Column("income_band", sa.String(16), nullable=True),
        sa.Column("hobbies", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("lead_source", sa.String(16), nullable=True),
        sa.Column("q_need", sa.String(8), nullable=False),
        sa.Column("q_afford", sa.String(8), nullable=False),
        sa.Column("q_good_client", sa.String(8), nullable=False),
        sa.Column("q_authority", sa.String(8), nullable=False),
        sa.Column("q_value", sa.String(8), nullable=False),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("key_client", sa.Boolean(), nullable=False),
        sa.Column(
            "introduced_by_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="SET NULL", name="fk_contacts_introduced_by_id_contacts"
            ),
            nullable=True,
        ),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_index("ix_contacts_book_order", "contacts", ["deleted_at", "sort_key", "id"])

    op.create_table(
        "phones",
        sa.Column("id", sa.Integer(), primary_key=True),
        _child("phones"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_phones"),
    )
    op.create_index("ix_phones_contact_id", "phones", ["contact_id"])

    op.create_table(
        "addresses",
        sa.Column("id", sa.Integer(), primary_key=True),
        _child("addresses"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("city", sa.String(50), nullable=False),
        sa.Column("district", sa.String(50), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_addresses"),
    )
    op.create_index("ix_addresses_contact_id", "addresses", ["contact_id"])
    op.create_index("ix_addresses_district", "addresses", ["district"])

    op.create_table(
        "ties",
        sa.Column("id", sa.Integer(), primary_key=True),
        _child("ties"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ties"),
    )
    op.create_index("ix_ties_kind_contact", "ties", ["kind", "contact_id"])
    op.create_index("ix_ties_contact", "ties", ["contact_id"])

    op.create_table(
        "friend_kinds",
        _child("friend_kinds"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "kind", name="pk_friend_kinds"),
    )
    op.create_table(
        "tags",
        _child("tags"),
        sa.Column("tag", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "tag", name="pk_tags"),
    )


def downgrade() -> None:
    for table in ("tags", "friend_kinds", "ties", "addresses", "phones"):
        op.drop_table(table)
    op.drop_index("ix_contacts_book_order", table_name="contacts")
    op.drop_table("contacts")
