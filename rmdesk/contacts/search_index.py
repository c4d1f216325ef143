"""The rules of the book index: each contact's search text (contact_search.text) and
its short-query prefixes (search_prefixes), in plain SQLAlchemy Core so that the index
builder, the demo writer and the services share one rule.

Search goes through indexes, never a scan of the book:
- a query of three characters or more is a substring of the search text, found by a
  trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL). Two Chinese characters side by
  side are stored with a space between them, and so is the query: "钓鱼" is looked up as
  "钓 鱼", three characters, so the two-character words Chinese is made of are found
  anywhere, notes included;
- a query of one or two characters reads `search_prefixes`: names and nicknames
  containing it, and every other term (pinyin, phone numbers, company, dossier terms,
  the start of the notes) starting with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rmdesk.contacts.pinyin import name_keys, reading_keys, sort_key
from rmdesk.domain.contact import Contact
from rmdesk.domain.phones import national_digits

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Kept in the search row between fields so that a query cannot match across two fields.
SEP = "\x1f"
SHORT = 2  # queries up to this many characters go through search_prefixes

# How a contact matches a query: the whole of a term, the start of one, anywhere.
EXACT, PREFIX, INSIDE = 0, 1, 2

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_BETWEEN_HAN = re.compile(f"(?<=[{_HAN}])(?=[{_HAN}])")


def spaced(text: str) -> str:
    """`text` with a space between two Chinese characters side by side (see above)."""
    return _BETWEEN_HAN.sub(" ", text)


def _terms(contact: Contact, extra: Sequence[str]) -> list[str]:
    """The lower-cased terms a contact is found by, names first.

    Pinyin is for names only: the pinyin of company names (every 台州 firm reads
    "taizhou...") would make short queries like "zh" match half the book.
    """
    parts: list[str] = [contact.name, contact.nickname, contact.company, contact.notes]
    parts += name_keys(contact.name) + name_keys(contact.nickname)
    parts += hobby_words(contact.hobbies)  # 钓鱼 finds who fishes: a 同好 to invite
    for phone in contact.phones:
        parts += [phone.number, national_digits(phone.number)]
    parts += extra
    return [p.lower() for p in parts if p]


_LIST_SEPARATORS = re.compile(r"[、，,;；/\s]+")


def hobby_words(hobbies: str) -> list[str]:
    """Each hobby of a list as written ("围棋、钓鱼", "golf, tennis"): each is a term of
    its own, so that a short query finds it from its start."""
    return [w for w in _LIST_SEPARATORS.split(hobbies) if w]


def search_text(contact: Contact, extra: Sequence[str] = ()) -> str:
    """The text search-as-you-type matches for this contact (and `extra` terms from
    their dossier: cuisines, style, banks ...)."""
    return _text(_terms(contact, extra))


def _text(terms: Sequence[str]) -> str:
    return SEP.join(spaced(term) for term in terms)


def prefix_terms(contact: Contact, extra: Sequence[str] = ()) -> dict[str, int]:
    """The one- and two-character queries that find this contact, with their rank.
    The pinyin of a name's other readings (丁 read "zheng", not as a surname) finds the
    contact, but only after those read as the name is read."""
    return _prefixes(contact, _terms(contact, extra))


def _prefixes(contact: Contact, terms: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    other_readings = set()
    for name in (contact.name, contact.nickname):
        other_readings |= set(name_keys(name)) - set(reading_keys(name))

    def add(term: str, rank: int | None) -> None:
        for n in range(1, SHORT + 1):
            if len(term) >= n:
                key = term[:n]
                best = rank if rank is not None else (EXACT if len(term) == n else PREFIX)
                if best < found.get(key, INSIDE + 1):
                    found[key] = best

    for term in terms:
        add(term, INSIDE if term in other_readings else None)
    for name in (contact.name, contact.nickname):
        name = name.lower()
        for start in range(1, len(name)):
            add(name[start:], INSIDE)
    return found


def query_form(variant: str) -> str:
    """A query as the search text stores it."""
    return spaced(variant)


def indexed_contact(
    name: str, nickname: str, company: str, notes: str, hobbies: str, numbers: Sequence[str]
) -> Contact:
    """The fields of a stored contact that its search text is made of."""
    from rmdesk.domain.contact import Phone
    from rmdesk.domain.kinds import PhoneLabel

    return Contact(
        name=name,
        nickname=nickname,
        company=company,
        notes=notes,
        hobbies=hobbies,
        phones=[Phone(PhoneLabel.MOBILE, n) for n in numbers],
    )


# (contact id, alive, sort key, search text, prefixes)
IndexRow = tuple[int, bool, str, str, dict[str, int]]


def index_rows(conn: Connection, ids: Sequence[int] | None = None) -> Iterator[IndexRow]:
    """What the index holds for these contacts (all when `ids` is None), by the current
    rules: read from the book, dossier terms included."""
    import sqlalchemy as sa  # not at import: the book's first screen needs no SQLAlchemy

    from rmdesk.domain.dossier import terms_from_columns

    only, params = "", {}
    if ids is not None:
        only = " WHERE c.id IN :ids"
        params = {"ids": list(ids)}

    def query(sql: str) -> sa.TextClause:
        clause = sa.text(sql)
        return clause.bindparams(sa.bindparam("ids", expanding=True)) if only else clause

    phones: dict[int, list[str]] = {}
    for cid, number in conn.execute(
        query(
            "SELECT c.id, p.number FROM phones p JOIN contacts c ON c.id = p.contact_id"
            f"{only} ORDER BY p.contact_id, p.position"
        ),
        params,
    ):
        phones.setdefault(cid, []).append(number)
    for row in conn.execute(
        query(
            "SELECT c.id, c.deleted_at, c.name, c.nickname, c.company, c.notes, c.hobbies, "
            "d.contact_id, "
            "d.cuisines, d.style, d.drinks, d.allergies, d.restaurants, d.competitor_banks, "
            f"d.favoured_bank, d.address_as FROM contacts c "
            f"LEFT JOIN dossiers d ON d.contact_id = c.id{only}"
        ),
        params,
    ):
        cid, deleted_at, name, nickname, company, notes, hobbies, dossier, *columns = row
        contact = indexed_contact(
            name, nickname, company, notes, hobbies or "", phones.get(cid, [])
        )
        extra = terms_from_columns(*columns) if dossier is not None else []
        yield index_row(cid, deleted_at is None, contact, extra)


def index_row(cid: int, alive: bool, contact: Contact, extra: Sequence[str] = ()) -> IndexRow:
    """What the index holds for one contact (with `extra` terms from their dossier)."""
    terms = _terms(contact, extra)
    return (cid, alive, sort_key(contact.name), _text(terms), _prefixes(contact, terms))


# While this book setting exists, SQLite's trigger that copies each new search row into
# the trigram index does nothing (migration 0020): `insert_search_rows` writes those
# rows itself, in one statement.
BULK_FLAG = "search_rows_bulk"


def insert_search_rows(conn: Connection, rows: Sequence[IndexRow]) -> None:
    """Insert the search rows of these new index rows and, on SQLite, their trigram
    index rows in one statement (the trigger, row by row, took four times as long), in
    the caller's transaction."""
    import sqlalchemy as sa

    from rmdesk.store.bulk import insert_rows

    if not rows:
        return
    columns = ("contact_id", "alive", "sort_key", "text")
    search = [(cid, alive, key, text) for cid, alive, key, text, _prefixes in rows]
    if conn.dialect.name != "sqlite":
        insert_rows(conn, "contact_search", columns, search)
        return
    insert_rows(conn, "book_settings", ("key", "value"), [(BULK_FLAG, "")])
    insert_rows(conn, "contact_search", columns, search)
    insert_rows(conn, "contact_fts", ("rowid", "text"), [(row[0], row[3]) for row in search])
    conn.execute(sa.text("DELETE FROM book_settings WHERE key = :k"), {"k": BULK_FLAG})


def write_prefixes(conn: Connection, rows: Iterable[IndexRow]) -> None:
    """Insert the prefix rows of these index rows (the caller removed any old ones)."""
    from rmdesk.store.bulk import insert_rows

    columns = ("term", "alive", "rank", "sort_key", "contact_id")
    batch: list[tuple[object, ...]] = []
    for cid, alive, key, _text, prefixes in rows:
        batch += ((term, alive, rank, key, cid) for term, rank in prefixes.items())
        if len(batch) >= 20000:
            insert_rows(conn, "search_prefixes", columns, batch)
            batch = []
    insert_rows(conn, "search_prefixes", columns, batch)


def reindex(conn: Connection, ids: Sequence[int]) -> None:
    """Rewrite the search text and prefixes of these contacts (after a save of the
    contact or of their dossier), in the caller's transaction."""
    import sqlalchemy as sa

    if not ids:
        return
    rows = list(index_rows(conn, ids))
    search = sa.table("contact_search", sa.column("contact_id"), sa.column("text"))
    conn.execute(
        search.update()
        .where(search.c.contact_id == sa.bindparam("cid"))
        .values(text=sa.bindparam("text")),
        [{"cid": cid, "text": text} for cid, _alive, _key, text, _prefixes in rows],
    )
    conn.execute(
        sa.text("DELETE FROM search_prefixes WHERE contact_id IN :ids").bindparams(
            sa.bindparam("ids", expanding=True)
        ),
        {"ids": list(ids)},
    )
    write_prefixes(conn, rows)
