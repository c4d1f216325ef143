"""The book index: contacts in pinyin order with their search text, filled from the book.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The first release created a `contact_search` table of its own in 0001 (later taken out
of 0001, which should never have been edited). A book made by that release still has it:
it is dropped here and built again, since it holds nothing that is not derived.

The index is derived data, so this migration computes it with the app's current rules
(rmdesk.contacts.book.search_text). A later change to those rules ships a migration that
rebuilds it the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("contact_search"):
        op.drop_table("contact_search")  # the first release's shape of the index
    op.create_table(
        "contact_search",
        sa.Column("alive", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_contact_search_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("alive", "sort_key", "contact_id", name="pk_contact_search"),
        sa.UniqueConstraint("contact_id", name="uq_contact_search_contact_id"),
        sqlite_with_rowid=False,
    )
    rebuild_book_index(op.get_bind())


def rebuild_book_index(conn: sa.Connection) -> None:
    """Recompute every contact's sort key and search row from its stored fields."""
    from rmdesk.contacts.book import search_text
    from rmdesk.contacts.pinyin import sort_key
    from rmdesk.domain.contact import Contact, Phone
    from rmdesk.domain.kinds import PhoneLabel

    phones: dict[int, list[str]] = {}
    for cid, number in conn.execute(
        sa.text("SELECT contact_id, number FROM phones ORDER BY contact_id, position")
    ):
        phones.setdefault(cid, []).append(number)
    contacts = sa.table("contacts", sa.column("id"), sa.column("sort_key"))
    index = sa.table(
        "contact_search",
        sa.column("alive"),
        sa.column("sort_key"),
        sa.column("contact_id"),
        sa.column("text"),
    )
    rows = []
    for cid, name, nickname, company, notes, deleted_at in conn.execute(
        sa.text("SELECT id, name, nickname, company, notes, deleted_at FROM contacts")
    ):
        contact = Contact(
            name=name,
            nickname=nickname,
            company=company,
            notes=notes,
            phones=[Phone(PhoneLabel.MOBILE, n) for n in phones.get(cid, [])],
        )
        key = sort_key(name)
        conn.execute(contacts.update().where(contacts.c.id == cid).values(sort_key=key))
        rows.append(
            {
                "alive": deleted_at is None,
                "sort_key": key,
                "contact_id": cid,
                "text": search_text(contact),
            }
        )
    if rows:
        conn.execute(index.insert(), rows)


def downgrade() -> None:
    op.drop_table("contact_search")
