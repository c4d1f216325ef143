"""Search as you type: names, pinyin, initials, surnames read as surnames, phones, notes."""

from __future__ import annotations

import dataclasses

import pytest

from rmdesk.contacts.book import ContactBook
from rmdesk.contacts.pinyin import name_keys, name_syllables, sort_key
from rmdesk.domain.contact import BookFilter, Contact, Phone
from rmdesk.domain.kinds import PhoneLabel
from rmdesk.store.database import Store

# Surnames whose surname reading differs from the character's everyday reading.
SURNAMES = [
    ("曾国藩", "zengguofan", "ceng"),
    ("单田芳", "shantianfang", "dantianfang"),
    ("解缙", "xiejin", "jiejin"),
    ("仇英", "qiuying", "chouying"),
    ("区家明", "oujiaming", "qujiaming"),
    ("朴树", "piaoshu", "pushu"),
    ("查良镛", "zhaliangyong", "chaliangyong"),
    ("盖叫天", "gejiaotian", "gaijiaotian"),
    ("乐毅", "yueyi", "leyi"),
    ("缪斯", "miaosi", "mousi"),
    ("翟志刚", "zhaizhigang", "dizhigang"),
    ("尉迟恭", "yuchigong", "weichigong"),
    ("万俟卨", "moqixie", "wansi"),
    ("长孙无忌", "zhangsunwuji", "changsun"),
]


@pytest.mark.parametrize(("name", "full", "other"), SURNAMES)
def test_surname_reads_as_surname(name: str, full: str, other: str) -> None:
    """The surname reading comes first (it sorts the book); the character's other
    readings are indexed too, so whoever types them still finds the client."""
    keys = name_keys(name)
    assert keys[0] == full
    assert sort_key(name).startswith(" ".join(name_syllables(name)))
    assert any(k.startswith(other) for k in keys)


def test_sorted_by_pinyin() -> None:
    names = ["张三", "安娜", "曾国藩", "白居易", "欧阳修"]
    assert sorted(names, key=sort_key) == ["安娜", "白居易", "欧阳修", "曾国藩", "张三"]


@pytest.fixture
def people(book: ContactBook) -> dict[str, int]:
    ids = {}
    for contact in [
        Contact(
            name="张三",
            company="台州海德机械有限公司",
            phones=[Phone(PhoneLabel.MOBILE, "138 0013 8000")],
        ),
        Contact(name="曾小明", nickname="明哥", notes="喜欢钓鱼，周末去大陈岛"),
        Contact(name="李四", company="Acme 100% Trading_Co"),
        Contact(name="吕布", phones=[Phone(PhoneLabel.WORK, "0576-88123456")]),
        Contact(name="王熙凤", phones=[Phone(PhoneLabel.WORK, "010-65123456转8001")]),
        Contact(name="客服", phones=[Phone(PhoneLabel.WORK, "400-820-8820")]),
    ]:
        ids[contact.name] = book.save(contact)
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", ["张三"]),
        ("zhangsan", ["张三"]),
        ("zhang", ["张三"]),
        ("zs", ["张三"]),
        ("ZS", ["张三"]),
        ("zhang san", ["张三"]),
        ("zeng", ["曾小明"]),
        ("zxm", ["曾小明"]),
        ("明哥", ["曾小明"]),
        ("钓鱼", ["曾小明"]),
        ("海德", ["张三"]),
        ("hdjx", []),  # no pinyin for companies: "taizhou" would be in every 台州 firm
        ("taizhou", []),
        ("13800138000", ["张三"]),
        ("138 0013", ["张三"]),
        ("+8613800138000", ["张三"]),
        ("88123456", ["吕布"]),
        # A number as people write it is searched as the number.
        ("138-0013-8000", ["张三"]),
        ("(0576) 8812-3456", ["吕布"]),
        ("0576-88123456", ["吕布"]),
        ("0086 138 0013 8000", ["张三"]),
        ("+86 138-0013-8000", ["张三"]),
        ("010-65123456", ["王熙凤"]),
        ("400-820-8820", ["客服"]),
        ("lvbu", ["吕布"]),
        ("lubu", ["吕布"]),
        ("100%", ["李四"]),
        ("trading_co", ["李四"]),
        ("nobody-at-all", []),
    ],
)
def test_search(book: ContactBook, people: dict[str, int], query: str, expected: list[str]) -> None:
    found = book.list_ids(BookFilter(search=query))
    assert found == [people[name] for name in expected]


def test_wildcards_are_literal(book: ContactBook, people: dict[str, int]) -> None:
    assert book.list_ids(BookFilter(search="00%")) == [people["李四"]]
    assert book.list_ids(BookFilter(search="g_c")) == [people["李四"]]
    assert book.list_ids(BookFilter(search="g%c")) == []
    # One or two characters match the start of a term: no term starts with "%".
    assert book.list_ids(BookFilter(search="%")) == []


def test_search_follows_edits_and_trash(book: ContactBook, people: dict[str, int]) -> None:
    contact = book.get(people["张三"])
    contact.name = "王五"
    book.save(contact)
    assert book.list_ids(BookFilter(search="zhangsan")) == []
    assert book.list_ids(BookFilter(search="ww")) == [people["张三"]]
    book.move_to_trash([people["张三"]])
    assert book.list_ids(BookFilter(search="ww")) == []
    assert book.list_ids(BookFilter(trash=True)) == [people["张三"]]
    book.restore([people["张三"]])
    assert book.list_ids(BookFilter(search="ww")) == [people["张三"]]


def test_first_screen_is_the_head_of_the_full_list(demo_file, tmp_path) -> None:
    import shutil

    from rmdesk.store.database import open_store

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    store = open_store(copy)
    book = ContactBook(store)
    for query in ("", "z", "w", "138"):
        everything = book.list_ids(BookFilter(search=query))
        assert book.list_ids(BookFilter(search=query), limit=25) == everything[:25]
    store.close()


def test_listings_read_the_same_through_sqlalchemy(demo_file, tmp_path) -> None:
    """The listing SQL is portable: run through SQLAlchemy (as on a server) it gives what
    the stdlib sqlite3 path gives."""
    import shutil

    from rmdesk.domain.kinds import TieKind
    from rmdesk.store.database import Store, open_store

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    direct = open_store(copy)
    through_orm_engine = Store(str(copy), url=f"sqlite+pysqlite:///{copy}")
    assert through_orm_engine.path is None  # takes the server path of Store.read
    a, b = ContactBook(direct), ContactBook(through_orm_engine)
    for book_filter in (
        BookFilter(),
        BookFilter(search="zh"),
        BookFilter(search="1_3%"),
        BookFilter(tie=TieKind.KINSHIP),
        BookFilter(no_tie=True),
        BookFilter(trash=True),
    ):
        assert a.list_ids(book_filter) == b.list_ids(book_filter)
        assert a.list_ids(book_filter, limit=7) == b.list_ids(book_filter, limit=7)
    ids = a.list_ids()[:50]
    assert a.rows(ids) == b.rows(ids)
    assert a.tie_counts() == b.tie_counts()
    direct.close()
    through_orm_engine.close()


def test_every_reading_is_found_and_exact_initials_rank_first(book: ContactBook) -> None:
    ids = {
        name: book.save(Contact(name=name))
        for name in ["梁振思", "赵思", "邹思", "曾国藩", "单雄信", "朝晖", "乜红", "粘罕",
                     "洗星海", "角力", "祭遵", "张思"]
    }  # fmt: skip
    # 梁振思's initials (lzs) hold "zs", but whoever types zs means 赵思, 邹思 or 张思:
    # one or two letters are the start of a reading, three or more are found anywhere.
    assert book.list_ids(BookFilter(search="zs")) == [ids["张思"], ids["赵思"], ids["邹思"]]
    assert book.list_ids(BookFilter(search="lzs")) == [ids["梁振思"]]
    assert book.list_ids(BookFilter(search="ensi")) == [ids["梁振思"]]
    for query, name in [
        ("zeng", "曾国藩"), ("ceng", "曾国藩"), ("shan", "单雄信"), ("danxiong", "单雄信"),
        ("zhaohui", "朝晖"), ("chaohui", "朝晖"), ("niehong", "乜红"), ("nianhan", "粘罕"),
        ("xianxinghai", "洗星海"), ("jueli", "角力"), ("zhaizun", "祭遵"),
    ]:  # fmt: skip
        assert ids[name] in book.list_ids(BookFilter(search=query)), query
    # The full name typed exactly comes before names that merely contain it.
    longer = book.save(Contact(name="赵思远"))
    assert book.list_ids(BookFilter(search="赵思"))[:2] == [ids["赵思"], longer]
    # Another reading finds a name, after those it is how the name is read: 丁 as a
    # surname is never "zheng", so whoever types zh means 张华 or 赵辉 before 丁航.
    more = {name: book.save(Contact(name=name)) for name in ["丁航", "赵辉", "张华"]}
    found = book.list_ids(BookFilter(search="zh"))
    assert found.index(more["丁航"]) > max(found.index(more["张华"]), found.index(more["赵辉"]))


def test_an_index_built_by_other_rules_is_built_again(db_path) -> None:
    """The index is derived data the application builds: when the rules it was built
    with are not today's (an upgrade forgot them), the next listing builds it again."""
    import sqlite3

    from rmdesk.contacts.index import INDEX_KEY, INDEX_RULES
    from rmdesk.store.database import open_store

    store = open_store(db_path)
    ContactBook(store).save(Contact(name="曾国藩"))
    store.close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE contact_search SET text = 'stale'")
    raw.execute("UPDATE book_settings SET value = 'older rules' WHERE key = ?", (INDEX_KEY,))
    raw.commit()
    raw.close()
    store = open_store(db_path)
    try:
        assert len(ContactBook(store).list_ids(BookFilter(search="ceng"))) == 1
        found = store.read("SELECT value FROM book_settings WHERE key = :k", {"k": INDEX_KEY})
        assert found[0][0] == INDEX_RULES
    finally:
        store.close()


def test_results_are_ranked_whole_term_then_start_then_inside(book: ContactBook) -> None:
    ids = {
        name: book.save(Contact(name=name, company=company, notes=notes))
        for name, company, notes in [
            ("孙七", "", "上次饭局认识王强"),  # inside the notes
            ("李王强", "", ""),  # inside a name
            ("赵六", "王强科技有限公司", ""),  # the start of the company
            ("王强国", "", ""),  # the start of a name
            ("王强", "", ""),  # the whole name
        ]
    }
    expected = [ids[n] for n in ("王强", "王强国", "赵六", "李王强", "孙七")]
    assert book.list_ids(BookFilter(search="王强")) == expected
    for limit in (1, 2, 3, 4):
        assert book.list_ids(BookFilter(search="王强"), limit=limit) == expected[:limit]
    assert book.list_ids(BookFilter(search="wangqiang")) == [
        ids[n] for n in ("王强", "王强国", "李王强")
    ]
    # One character: names containing it, and terms starting with it.
    assert book.list_ids(BookFilter(search="强")) == [ids[n] for n in ("李王强", "王强", "王强国")]
    assert set(book.list_ids(BookFilter(search="王"))) == {
        ids[n] for n in ("王强", "王强国", "赵六", "李王强")
    }


@pytest.mark.parametrize("query", ["z", "zh", "王", "王强", "wangqiang", "13800"])
def test_search_reads_an_index_not_the_book(book: ContactBook, query: str) -> None:
    """No search scans the book's rows: SQLite's plan searches an index or the FTS5
    table (a scan of the prefix rows of one term is a search of their primary key)."""
    import sqlite3

    from rmdesk.contacts.book import listing_sql

    book.save(Contact(name="王强", phones=[Phone(PhoneLabel.MOBILE, "13800138000")]))
    sql, params = listing_sql(BookFilter(search=query), None)
    path = book._store.path
    assert path is not None
    conn = sqlite3.connect(path)
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    conn.close()
    assert not [step for step in plan if step.startswith("SCAN s") or "SCAN contact_search" in step]
    # The FTS5 table (alias f) or the primary key of search_prefixes (term first).
    assert any("VIRTUAL TABLE" in step or "PRIMARY KEY (term=?" in step for step in plan), plan


def test_contacts_written_in_bulk_are_stored_as_a_save_stores_them(
    store: Store, book: ContactBook
) -> None:
    """An import writes the contact rows itself, not through the ORM: every column holds
    what a save writes, in the same form (timestamps as SQLAlchemy stores them)."""
    from rmdesk.contacts.records import ContactRecords
    from rmdesk.domain.contact import Birthday
    from rmdesk.domain.kinds import CalendarKind

    contact = Contact(
        name="欧阳红军",
        company="台州海德机械",
        key_client=True,
        birthday=Birthday(CalendarKind.LUNAR, 4, 10, year=1976, leap=True),
        phones=[Phone(PhoneLabel.MOBILE, "13800138000")],
    )
    saved = book.save(contact)
    with store.session() as s:
        [bulk] = ContactRecords(store).add_many(s, [contact])
    columns = [r[1] for r in store.read("PRAGMA table_info(contacts)")]
    listed = ", ".join(f"{c}, typeof({c})" for c in columns)
    rows = {
        r[0]: dict(zip(columns, zip(r[1::2], r[2::2], strict=True), strict=True))
        for r in store.read(f"SELECT id, {listed} FROM contacts")
    }
    one, other = rows[saved], rows[bulk]
    for stamp in ("created_at", "updated_at"):
        assert len(one[stamp][0]) == len(other[stamp][0]) == len("2026-12-06 08:30:00.000000")
        assert one.pop(stamp)[1] == other.pop(stamp)[1] == "text"
    assert one.pop("id") != other.pop("id")
    assert one == other
    assert one["key_client"] == (1, "integer") and one["birthday_leap"] == (1, "integer")


def test_contacts_written_in_bulk_are_indexed_as_those_saved_one_by_one(
    store: Store, book: ContactBook
) -> None:
    """An import and an index rebuild write the trigram rows themselves (the insert
    trigger stands aside meanwhile): they find what a saved contact's rows find, follow
    edits, and the trigger works again afterwards."""
    from rmdesk.contacts.index import rebuild_book_index
    from rmdesk.contacts.records import ContactRecords
    from rmdesk.contacts.search_index import BULK_FLAG

    saved = book.save(Contact(name="林海峰", company="台州海德机械"))
    with store.session() as s:
        bulk = ContactRecords(store).add_many(
            s, [Contact(name="林海洋", company="台州海德机械"), Contact(name="陈海峰")]
        )

    def found(query: str) -> set[int]:
        return set(book.list_ids(BookFilter(search=query)))

    def index_matches_book() -> None:
        rows = store.read("SELECT rowid FROM contact_fts ORDER BY rowid")
        assert [r[0] for r in rows] == sorted([saved, *bulk])
        assert not store.read("SELECT 1 FROM book_settings WHERE key = :k", {"k": BULK_FLAG})

    index_matches_book()
    assert found("海德机") == {saved, bulk[0]}
    assert found("海峰") == {saved, bulk[1]}
    with store.session() as s:
        rebuild_book_index(s.connection())
    index_matches_book()
    assert found("海德机") == {saved, bulk[0]}
    book.change(bulk[0], lambda c: dataclasses.replace(c, company="星星集团"))
    assert found("海德机") == {saved}
    assert found("星星集") == {bulk[0]}
    later = book.save(Contact(name="王海峰"))
    assert found("海峰") == {saved, bulk[1], later}, "the trigger indexes a save again"


def test_hobbies_are_searched_each_from_its_start(book: ContactBook) -> None:
    """An RM looking for a fishing partner to invite (同好) types 钓鱼, or just 钓."""
    angler = book.save(Contact(name="陈晨", hobbies="围棋、钓鱼"))
    golfer = book.save(Contact(name="Tom Lee", hobbies="golf, tennis"))
    other = book.save(Contact(name="周敏", hobbies="摄影"))
    for query, expected in (("钓鱼", {angler}), ("钓", {angler}), ("围棋", {angler}),
                            ("tennis", {golfer}), ("te", {golfer}), ("摄影", {other})):  # fmt: skip
        assert set(book.list_ids(BookFilter(search=query))) == expected, query
    contact = book.get(angler)
    contact.hobbies = "书法"
    book.save(contact)
    assert book.list_ids(BookFilter(search="钓鱼")) == []
    assert book.list_ids(BookFilter(search="书法")) == [angler]
