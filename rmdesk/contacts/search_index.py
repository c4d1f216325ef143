"""The rule of the book index's search text, and the dossier terms in it
(contact_search.text), in plain SQLAlchemy Core so that the index builder, the demo
writer and the services share one rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rmdesk.contacts.pinyin import name_keys
from rmdesk.domain.contact import Contact
from rmdesk.domain.phones import national_digits

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Kept in the search row between fields so that a query cannot match across two fields.
SEP = "\x1f"


def search_text(contact: Contact, extra: Sequence[str] = ()) -> str:
    """The lower-cased text that search-as-you-type matches for this contact (and
    `extra` terms from their dossier: cuisines, style, banks ...).

    Pinyin is for names only: the pinyin of company names (every 台州 firm reads
    "taizhou...") would make short queries like "zh" match half the book.
    """
    parts: list[str] = [contact.name, contact.nickname, contact.company, contact.notes]
    parts += name_keys(contact.name) + name_keys(contact.nickname)
    for phone in contact.phones:
        parts += [phone.number, national_digits(phone.number)]
    parts += extra
    return SEP.join(p.lower() for p in parts if p)


def indexed_contact(
    name: str, nickname: str, company: str, notes: str, numbers: Sequence[str]
) -> Contact:
    """The fields of a stored contact that its search text is made of."""
    from rmdesk.domain.contact import Phone
    from rmdesk.domain.kinds import PhoneLabel

    return Contact(
        name=name,
        nickname=nickname,
        company=company,
        notes=notes,
        phones=[Phone(PhoneLabel.MOBILE, n) for n in numbers],
    )


def reindex_dossier_terms(conn: Connection, ids: list[int] | None = None) -> None:
    """Rewrite the search text of contacts with a dossier (all, or those of `ids`)."""
    import sqlalchemy as sa  # not at import: the book's first screen needs no SQLAlchemy

    from rmdesk.domain.dossier import terms_from_columns

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
        contact = indexed_contact(name, nickname, company, notes, phones.get(cid, []))
        updates.append({"cid": cid, "text": search_text(contact, terms_from_columns(*columns))})
    if updates:
        conn.execute(
            index.update()
            .where(index.c.contact_id == sa.bindparam("cid"))
            .values(text=sa.bindparam("text")),
            updates,
        )
