"""The book index (`contact_search`, `search_prefixes` and, on SQLite, the FTS5 trigram
index, kept by triggers or written alongside by a bulk writer): every contact's sort key,
search text and short-query prefixes.

It is derived data, built by the application's current rules (search_text, the pinyin
keys, the sort key), never by a migration: a migration that changes the index's shape
or meaning forgets the rules it was built with (the `book_index` book setting), and the
first listing after the upgrade builds it again here. Migrations thus import no
application code, and changing these rules cannot break an old book's upgrade.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rmdesk.store.database import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection

INDEX_KEY = "book_index"
# The rules the index was built with: change it whenever search_text, name_keys or
# sort_key change, and every book's index is built again on its next listing.
INDEX_RULES = "2026-12-06 hobbies are searched, each from its start"
_CHECKED = "book_index"  # in Store.checked: this opening has made sure already


def ensure_book_index(store: Store) -> None:
    """Build the index again if it was built by other rules (once per opened book)."""
    if _CHECKED in store.checked:
        return
    found = store.read("SELECT value FROM book_settings WHERE key = :k", {"k": INDEX_KEY})
    if not found or found[0][0] != INDEX_RULES:
        with store.session() as s:  # one transaction; driver errors become StoreErrors
            rebuild_book_index(s.connection())
    store.checked.add(_CHECKED)


def rebuild_book_index(conn: Connection) -> None:
    """Recompute every contact's sort key, search row and prefixes, dossier terms
    included, and note the rules it was built with — in the caller's transaction."""
    import sqlalchemy as sa

    from rmdesk.contacts.search_index import index_rows, insert_search_rows, write_prefixes

    rows = list(index_rows(conn))
    contacts = sa.table("contacts", sa.column("id"), sa.column("sort_key"))
    conn.execute(sa.text("DELETE FROM search_prefixes"))
    conn.execute(sa.text("DELETE FROM contact_search"))
    if rows:
        conn.execute(
            contacts.update()
            .where(contacts.c.id == sa.bindparam("cid"))
            .values(sort_key=sa.bindparam("key")),
            [{"cid": cid, "key": key} for cid, _alive, key, _text, _p in rows],
        )
        insert_search_rows(conn, rows)
        write_prefixes(conn, rows)
    mark_index_current(conn)


def mark_index_current(conn: Connection) -> None:
    """Note that the index was built by the current rules (the demo writer builds it)."""
    import sqlalchemy as sa

    conn.execute(sa.text("DELETE FROM book_settings WHERE key = :k"), {"k": INDEX_KEY})
    conn.execute(
        sa.text("INSERT INTO book_settings (key, value) VALUES (:k, :v)"),
        {"k": INDEX_KEY, "v": INDEX_RULES},
    )
