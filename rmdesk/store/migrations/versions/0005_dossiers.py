"""The client dossier (its sections, people, career), companies, industries and roles.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _str(name: str, size: int) -> sa.Column:
    return sa.Column(name, sa.String(size), nullable=False)


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_dossiers_contact_id_contacts"
            ),
            primary_key=True,
        ),
        _str("address_as", 50),
        _str("id_number", 32),
        _str("ethnicity", 50),
        _str("hukou", 100),
        _str("nationality", 50),
        _str("blood_type", 8),
        sa.Column("height_cm", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Integer(), nullable=True),
        _text("education_notes"),
        _text("family_notes"),
        _text("people_notes"),
        _text("career_notes"),
        _text("health"),
        _str("drinks", 100),
        _str("drink_amount", 100),
        sa.Column("smoking", sa.String(16), nullable=True),
        _str("cuisines", 200),
        _str("allergies", 200),
        _text("restaurants"),
        _text("life_notes"),
        _str("religion", 100),
        _text("taboos"),
        sa.Column("style", sa.String(16), nullable=True),
        _text("character_notes"),
        _text("experience_notes"),
        _text("opinion_of_us"),
        _str("competitor_banks", 300),
        _str("favoured_bank", 100),
        sa.Column("first_business", sa.Date(), nullable=True),
        _text("business_with_us"),
        sa.Column("bank_relationship", sa.String(16), nullable=True),
        _text("other_notes"),
        sa.Column("introduction", sa.String(16), nullable=True),
        sa.Column("introducer_thanked", sa.Date(), nullable=True),
        sa.Column("completeness", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_dossiers_completeness", "dossiers", ["completeness"])
    for table, columns in (
        (
            "dossier_people",
            [
                _str("circle", 16),
                _str("name", 100),
                _str("relation", 100),
                _str("occupation", 100),
                sa.Column("closeness", sa.Integer(), nullable=False),
                sa.Column(
                    "linked_id",
                    sa.Integer(),
                    sa.ForeignKey(
                        "contacts.id",
                        ondelete="SET NULL",
                        name="fk_dossier_people_linked_id_contacts",
                    ),
                    nullable=True,
                ),
            ],
        ),
        ("dossier_jobs", [_str("employer", 200), _str("role", 100), _str("years", 50)]),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column(
                "contact_id",
                sa.Integer(),
                sa.ForeignKey(
                    "dossiers.contact_id",
                    ondelete="CASCADE",
                    name=f"fk_{table}_contact_id_dossiers",
                ),
                nullable=False,
            ),
            sa.Column("position", sa.Integer(), nullable=False),
            *columns,
        )
        op.create_index(f"ix_{table}_contact_id", table, ["contact_id"])
    op.create_index("ix_dossier_people_linked_id", "dossier_people", ["linked_id"])
    op.create_table(
        "industries",
        sa.Column("id", sa.Integer(), primary_key=True),
        _str("name", 100),
        _text("cost_structure"),
        _text("profitability"),
        _text("dependencies"),
        _text("substitutability"),
        sa.Column("life_cycle", sa.String(16), nullable=True),
        _text("competition"),
        sa.UniqueConstraint("name", name="uq_industries_name"),
    )
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), primary_key=True),
        _str("name", 200),
        _str("scale", 200),
        sa.Column("stage", sa.String(16), nullable=True),
        _text("products"),
        _text("management"),
        _text("finance"),
        _text("related_companies"),
        _text("notes"),
        sa.Column(
            "industry_id",
            sa.Integer(),
            sa.ForeignKey(
                "industries.id", ondelete="SET NULL", name="fk_companies_industry_id_industries"
            ),
            nullable=True,
        ),
        sa.UniqueConstraint("name", name="uq_companies_name"),
    )
    op.create_index("ix_companies_industry_id", "companies", ["industry_id"])
    op.create_table(
        "company_roles",
        sa.Column(
            "company_id",
            sa.Integer(),
            sa.ForeignKey(
                "companies.id", ondelete="CASCADE", name="fk_company_roles_company_id_companies"
            ),
            primary_key=True,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_company_roles_contact_id_contacts"
            ),
            primary_key=True,
        ),
        sa.Column("role", sa.String(16), primary_key=True),
    )
    op.create_index("ix_company_roles_contact_id", "company_roles", ["contact_id"])


def downgrade() -> None:
    op.drop_table("company_roles")
    op.drop_table("companies")
    op.drop_table("industries")
    op.drop_table("dossier_jobs")
    op.drop_table("dossier_people")
    op.drop_table("dossiers")
