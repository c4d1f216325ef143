"""Dossier terms in the book index (contact_search.text), in plain SQLAlchemy Core so
that a migration, the demo writer and the app share one rule."""

from __future__ import annotations

import sqlalchemy as sa


def reindex_dossier_terms(conn: sa.Connection, ids: list[int] | None = None) -> None:
    """Rewrite the search text of contacts with a dossier (all, or those of `ids`)."""
    from rmdesk.contacts.book import search_text
    from rmdesk.domain.contact import Contact, Phone
    from rmdesk.domain.dossier import terms_from_columns
    from rmdesk.domain.kinds import PhoneLabel

    only, params = "", {}
    if ids is not None:
        if not ids:
            return
        only = " AND d.contact_id IN :ids"
        params = {"ids": list(ids)}

    def query(sql: str) -> sa.TextClause:
        clause = sa.text(sql)
        return clause.bindparams(sa.bindparam("ids", expanding=True)) if only else clause

    phones: dict[int, list[str]] = {}
    for cid, number in conn.execute(
        query(
            "SELECT p.contact_id, p.number FROM phones p JOIN dossiers d "
            f"ON d.contact_id = p.contact_id WHERE 1 = 1{only} "
            "ORDER BY p.contact_id, p.position"
        ),
        params,
    ):
        phones.setdefault(cid, []).append(number)
    index = sa.table("contact_search", sa.column("contact_id"), sa.column("text"))
    updates = []
    for row in conn.execute(
        query(
            "SELECT c.id, c.name, c.nickname, c.company, c.notes, d.cuisines, d.style, d.drinks, "
            "d.allergies, d.restaurants, d.competitor_banks, d.favoured_bank, d.address_as "
            f"FROM contacts c JOIN dossiers d ON d.contact_id = c.id WHERE 1 = 1{only}"
        ),
        params,
    ):
        cid, name, nickname, company, notes, *columns = row
        contact = Contact(
            name=name,
            nickname=nickname,
            company=company,
            notes=notes,
            phones=[Phone(PhoneLabel.MOBILE, n) for n in phones.get(cid, [])],
        )
        updates.append({"cid": cid, "text": search_text(contact, terms_from_columns(*columns))})
    if updates:
        conn.execute(
            index.update()
            .where(index.c.contact_id == sa.bindparam("cid"))
            .values(text=sa.bindparam("text")),
            updates,
        )
