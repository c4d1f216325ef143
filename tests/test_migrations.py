"""Books made by every released schema open in today's rmdesk, with every row kept.

Each `schemas/*.sql` was read off a book that a release of rmdesk made (its own
migrations, as they stood then), never from today's models. A book is built from that
SQL, filled with a client the way that release stored one, and opened: the upgrade must
reach head and keep every row. A migration edited after its release breaks this test.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import BookFilter
from rmdesk.store.database import SCHEMA_HEAD, open_store

SCHEMAS = sorted((Path(__file__).parent / "schemas").glob("*.sql"))

# One row per table, as that table's release stored it; tables a schema lacks are skipped.
ROWS = {
    "contacts": [
        "INSERT INTO contacts (id, name, nickname, birthday_leap, company, title, occupation,"
        " hobbies, notes, q_need, q_afford, q_good_client, q_authority, q_value, key_client,"
        " sort_key, created_at, updated_at, birthday_calendar, birthday_month, birthday_day,"
        " stage) VALUES (1, '曾国藩', '涤生', 0, '湘军', '总督', '', '下棋', '喜欢下棋',"
        " 'yes', 'no', 'unknown', 'unknown', 'unknown', 1, 'zeng', '2025-01-01 00:00:00',"
        " '2025-01-01 00:00:00', 'lunar', 10, 11, 'desire')",
        "INSERT INTO contacts (id, name, nickname, birthday_leap, company, title, occupation,"
        " hobbies, notes, q_need, q_afford, q_good_client, q_authority, q_value, key_client,"
        " sort_key, created_at, updated_at, introduced_by_id, deleted_at) VALUES (2, '单雄信',"
        " '', 0, '', '', '', '', '', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 0,"
        " 'shan', '2025-01-02 00:00:00', '2025-01-02 00:00:00', 1, '2025-02-01 00:00:00')",
    ],
    "phones": [
        "INSERT INTO phones (contact_id, position, label, number) VALUES (1, 0, 'mobile',"
        " '+8613800138000')"
    ],
    "addresses": [
        "INSERT INTO addresses (contact_id, position, kind, text, province, city, district,"
        " lat, lon) VALUES (1, 0, 'work', '市府大道1号', '浙江省', '台州市', '椒江区',"
        " 28.656, 121.42)"
    ],
    "ties": ["INSERT INTO ties (contact_id, kind, detail) VALUES (1, 'classmate', '浙大')"],
    "friend_kinds": ["INSERT INTO friend_kinds (contact_id, kind) VALUES (1, 'wise')"],
    "tags": ["INSERT INTO tags (contact_id, tag) VALUES (1, '围棋')"],
    "contact_search": [],  # derived: filled below in the shape the schema has
    "visit_plans": [
        "INSERT INTO visit_plans (id, uid, contact_id, status, purpose, content, day, fixed,"
        " window_start, window_end, duration_min, person_name, person_role, place_text,"
        " formality, setting, audience, strategy, created_at, updated_at) VALUES (1,"
        " 'visit-1@rmdesk', 1, 'booked', 'relationship', '聊聊', '2025-03-03', 1, '09:00',"
        " '09:45', 45, '', '', '', 'formal', 'public', 'one', '', '2025-01-01 00:00:00',"
        " '2025-01-01 00:00:00')"
    ],
    "visit_materials": [
        "INSERT INTO visit_materials (plan_id, position, item, packed) VALUES (1, 0, '名片', 0)"
    ],
    "book_settings": ["INSERT INTO book_settings (key, value) VALUES ('branch', '{}')"],
    "dossiers": [
        "INSERT INTO dossiers (contact_id, address_as, id_number, ethnicity, hukou,"
        " nationality, blood_type, education_notes, family_notes, people_notes, career_notes,"
        " health, drinks, drink_amount, cuisines, allergies, restaurants, life_notes, religion,"
        " taboos, character_notes, experience_notes, opinion_of_us, competitor_banks,"
        " favoured_bank, business_with_us, other_notes, completeness, updated_at) VALUES (1,"
        " '曾总', '', '汉族', '', '中国', '', '', '', '', '', '', '', '', '湘菜', '', '', '',"
        " '', '', '', '', '', '台州银行', '', '', '', 10, '2025-01-01 00:00:00')"
    ],
    "dossier_people": [
        "INSERT INTO dossier_people (contact_id, position, circle, name, relation, occupation,"
        " closeness) VALUES (1, 0, 'relative', '曾纪泽', '儿子', '外交官', 3)"
    ],
    "dossier_jobs": [
        "INSERT INTO dossier_jobs (contact_id, position, employer, role, years) VALUES"
        " (1, 0, '翰林院', '侍郎', '1840-1852')"
    ],
    "industries": [
        "INSERT INTO industries (id, name, cost_structure, profitability, dependencies,"
        " substitutability, competition) VALUES (1, '制造业', '', '', '', '', '')"
    ],
    "companies": [
        "INSERT INTO companies (id, name, scale, products, management, finance,"
        " related_companies, notes, industry_id) VALUES (1, '湘军', '', '', '', '', '', '', 1)"
    ],
    "company_roles": [
        "INSERT INTO company_roles (company_id, contact_id, role) VALUES (1, 1, 'decider')"
    ],
    "calendar_sync": [
        "INSERT INTO calendar_sync (uid, href, etag, sequence, fingerprint, synced_at) VALUES"
        " ('visit-1@rmdesk', '/rm/visit-1.ics', 'e1', 0, 'f', '2025-01-01 00:00:00')"
    ],
}


def _book_from(schema: Path, path: Path) -> dict[str, int]:
    """A book with the schema's own SQL and a row in each table; its row counts."""
    raw = sqlite3.connect(path)
    raw.executescript(schema.read_text(encoding="utf-8"))
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    unknown = tables - set(ROWS) - {"alembic_version"}
    assert not unknown, f"{schema.name}: give the test a row for {sorted(unknown)}"
    for table, inserts in ROWS.items():
        if table in tables:
            for sql in inserts:
                raw.execute(sql)
    if "contact_search" in tables:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(contact_search)")]
        text = "\x1f".join(
            [
                "曾国藩",
                "涤生",
                "湘军",
                "喜欢下棋",
                "zengguofan",
                "zgf",
                "+8613800138000",
                "13800138000",
            ]
        )
        if "alive" in columns:
            raw.execute("INSERT INTO contact_search VALUES (1, 'zeng', 1, ?)", (text,))
            raw.execute("INSERT INTO contact_search VALUES (0, 'shan', 2, 'shanxiongxin')")
        else:
            raw.execute("INSERT INTO contact_search VALUES (1, ?)", (text,))
            raw.execute("INSERT INTO contact_search VALUES (2, 'shanxiongxin')")
    raw.commit()
    counts = {
        t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in tables
        if t not in ("alembic_version", "contact_search")
    }
    raw.close()
    return counts


def _dump(path: Path) -> list[str]:
    raw = sqlite3.connect(path)
    try:
        return list(raw.iterdump())
    finally:
        raw.close()


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.stem for s in SCHEMAS])
def test_a_book_of_each_release_upgrades_with_every_row(schema: Path, tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    counts = _book_from(schema, path)
    store = open_store(path)
    try:
        after = {t: store.read(f"SELECT count(*) FROM {t}")[0][0] for t in counts}
        assert after == counts
        assert store.read("SELECT version_num FROM alembic_version")[0][0] == SCHEMA_HEAD
        book = ContactBook(store)
        # The derived index was built again from the rows: search and the trash work.
        assert book.list_ids(BookFilter(search="zeng")) == [1]
        assert book.list_ids(BookFilter(search="13800138000")) == [1]
        assert book.list_ids(BookFilter(trash=True)) == [2]
        contact = book.get(1)
        assert (contact.name, contact.company, contact.key_client) == ("曾国藩", "湘军", True)
        assert [t.detail for t in contact.ties] == ["浙大"]
        assert book.get(2).introduced_by_id == 1
    finally:
        store.close()


def test_the_first_releases_book_opens(tmp_path: Path) -> None:
    """The first release made `contact_search` in 0001; 0002 used to stop on it."""
    path = tmp_path / "book.sqlite"
    _book_from(Path(__file__).parent / "schemas" / "0001.sql", path)
    before = path.read_bytes()
    store = open_store(path)
    store.close()
    assert store.backup_path is not None
    assert sqlite3.connect(store.backup_path).execute("SELECT name FROM contacts").fetchall()
    assert path.read_bytes() != before


def test_a_failed_upgrade_keeps_one_copy(tmp_path: Path, monkeypatch) -> None:
    from rmdesk.store import migrate

    path = tmp_path / "book.sqlite"
    _book_from(Path(__file__).parent / "schemas" / "0004.sql", path)
    before = _dump(path)

    def fails(_engine, _target: str = "head") -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "upgrade", fails)
    for attempt in range(2):
        if attempt:
            time.sleep(1.1)  # a copy named by the second it was made would differ
        with pytest.raises(Exception, match="space"):
            open_store(path)
    copies = list(tmp_path.glob("*.bak"))
    assert len(copies) == 1
    assert _dump(path) == before


def test_the_feed_and_the_caldav_account_become_the_users_own(tmp_path: Path) -> None:
    """0022: the feed and the CalDAV account leave the shared book settings for the
    user's own, and the CalDAV sync state is the user's; nothing is lost either way."""
    import sqlalchemy as sa

    from rmdesk.agenda.caldav_sync import load_account
    from rmdesk.agenda.feed import load_feed
    from rmdesk.store import migrate

    path = tmp_path / "book.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0021")
    feed = '{"enabled": true, "port": 8899, "token": "t0ken"}'
    account = '{"url": "https://dav.example.cn/cal/", "username": "li"}'
    with engine.begin() as conn:
        for key, value in (("feed", feed), ("caldav", account), ("branch", "{}")):
            conn.execute(
                sa.text("INSERT INTO book_settings (key, value) VALUES (:k, :v)"),
                {"k": key, "v": value},
            )
        conn.exec_driver_sql(
            "INSERT INTO calendar_sync (uid, href, etag, sequence, fingerprint, synced_at) "
            "VALUES ('v-1@rmdesk', '/cal/v-1.ics', '\"e1\"', 2, 'f', '2026-12-01 09:00:00')"
        )
    engine.dispose()
    store = open_store(path)
    try:
        assert load_feed(store).token == "t0ken" and load_feed(store).port == 8899
        loaded = load_account(store)
        assert loaded is not None and loaded.username == "li"
        assert store.read("SELECT key FROM book_settings") == [("branch",)]
        assert store.read("SELECT owner, uid, sequence FROM calendar_sync") == [
            ("", "v-1@rmdesk", 2)
        ]
    finally:
        store.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate.downgrade(engine, "0021")
    with engine.connect() as conn:
        back = dict(conn.exec_driver_sql("SELECT key, value FROM book_settings").all())
        assert back == {"feed": feed, "caldav": account, "branch": "{}"}
        assert conn.exec_driver_sql("SELECT uid FROM calendar_sync").all() == [("v-1@rmdesk",)]
    engine.dispose()
