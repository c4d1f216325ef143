"""Team mode: the book on a real PostgreSQL server the tests start. The same services
the desk uses with SQLite — migrations, the demo book, listings and search, the day's
route, the dossier and briefing, referrals, the calendar export — must work there."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from rmdesk.contacts.book import ContactBook
from rmdesk.demo.generator import write_demo_book
from rmdesk.domain.contact import BookFilter, Contact
from rmdesk.domain.dossier import Dossier
from rmdesk.domain.kinds import TieKind
from rmdesk.store.database import open_store


@pytest.fixture(scope="module")
def team_store(postgres_url: str):
    store = open_store(postgres_url)
    write_demo_book(store, clients=300, seed=7)
    yield store
    store.close()


SEARCHES = ["z", "zh", "w", "张", "伟", "老", "台州", "钓鱼", "川菜", "海德", "zhang", "wei",
            "lzm", "138", "13", "1", "0576", "椒江区", "有限公司", "台 州", "%", "a_b"]  # fmt: skip


def test_search_finds_the_same_on_postgresql_and_sqlite(
    team_store, demo_file: Path, tmp_path: Path
) -> None:
    """The same book, searched on both: the same contacts in the same order, first
    screen and whole list, through FTS5 on one and pg_trgm on the other."""
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    local = open_store(copy)
    try:
        on_pg, on_sqlite = ContactBook(team_store), ContactBook(local)
        first = on_sqlite.list_ids(limit=3)
        names = [row.name for row in on_sqlite.rows(first).values()]
        found_by_name = [name[0] for name in names] + [name[-1] for name in names] + names
        for query in SEARCHES + found_by_name:
            for limit in (None, 5):
                for tie in (None, TieKind.HOMETOWN):
                    chosen = BookFilter(search=query, tie=tie)
                    found = on_sqlite.list_ids(chosen, limit=limit)
                    assert on_pg.list_ids(chosen, limit=limit) == found, (query, limit, tie)
        for query in [*found_by_name, "台州", "川菜", "zh", "138"]:
            assert on_sqlite.list_ids(BookFilter(search=query)), query
    finally:
        local.close()
    # Longer queries go through the trigram index, not a scan of the book.
    with team_store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        explain = sa.text("EXPLAIN SELECT contact_id FROM contact_search WHERE text LIKE :q")
        plan = "\n".join(row[0] for row in conn.execute(explain, {"q": "%zhang%"}))
    assert "ix_contact_search_text_trgm" in plan


def test_the_book_on_postgresql(team_store) -> None:
    book = ContactBook(team_store)
    ids = book.list_ids()
    assert len(ids) == 300
    first_screen = book.list_ids(limit=20)
    assert first_screen == ids[:20], "book order is the same through LIMIT"
    names = [book.rows(first_screen)[i].name for i in first_screen]
    assert names, "rows read"
    assert book.list_ids(BookFilter(search="川菜")), "dossier terms are searchable"
    assert book.list_ids(BookFilter(key_gaps=True))
    assert book.tie_counts().total == 300
    cid = book.save(Contact(name="团队新客户", company="海德机械有限公司"))
    assert cid in book.list_ids(BookFilter(search="团队"))
    assert book.move_to_trash([cid]) == 1 and book.empty_trash() == 1


def test_planning_dossier_and_calendar_on_postgresql(team_store) -> None:
    from rmdesk.agenda.items import calendar_items
    from rmdesk.dossier.briefing import briefing_for
    from rmdesk.dossier.records import DossierBook
    from rmdesk.dossier.referrals import open_thank_yous, referral_tree, ways_in
    from rmdesk.planning.day import plan_day

    book = ContactBook(team_store)
    ids = book.list_ids()
    day = dt.date.today() + dt.timedelta(days=1)
    route = plan_day(team_store, day)
    assert route.branch.lat is not None
    introduced = team_store.read(
        "SELECT id FROM contacts WHERE introduced_by_id IS NOT NULL ORDER BY id LIMIT 1"
    )[0][0]
    root, path = referral_tree(team_store, introduced)
    assert path[-1] == introduced and root.id == path[0]
    assert isinstance(open_thank_yous(team_store), list)
    assert ways_in(team_store, introduced)
    assert briefing_for(team_store, ids[0], dt.date.today()).name
    assert DossierBook(team_store).save(Dossier(contact_id=ids[1], taboos="不谈政治")) > 0
    items = calendar_items(team_store, dt.date.today(), dt.date.today() + dt.timedelta(days=60))
    assert any(i.kind == "visit" for i in items)


def test_the_visit_log_and_the_figures_on_postgresql(team_store) -> None:
    from rmdesk.activity.records import ActivityBook
    from rmdesk.domain.activity import CallLog, Objection, VisitLog
    from rmdesk.domain.kinds import CallOutcome, ObjectionCause, ObjectionKind, Stage

    book = ActivityBook(team_store)
    cid = ContactBook(team_store).list_ids()[0]
    today = dt.date.today()
    book.log_call(CallLog(cid, dt.datetime.combine(today, dt.time(9)), CallOutcome.BOOKED))
    book.log_call(CallLog(cid, dt.datetime.combine(today, dt.time(10)), CallOutcome.NO_ANSWER))
    objection = Objection(ObjectionKind.REAL, ObjectionCause.BANK, "利率低")
    book.log_visit(VisitLog(cid, today, purpose_reached=True, objections=(objection,),
                            stage=Stage.DECISION, next_step="签约", next_date=today))  # fmt: skip
    report = book.report(today, today)
    assert report.calls_per_day[today] == {"booked": 1, "no_answer": 1}
    assert (report.visits_logged, report.purpose_reached, report.objections_open) == (1, 1, 1)
    assert any(to == "decision" for _f, to, _n in report.stage_moves)
    activity = book.activity_of(cid)
    assert activity.stage_history[-1].stage is Stage.DECISION
    assert [f.text for f in activity.follow_ups] == ["签约"]
    logged = {dt.datetime.combine(today, dt.time(h)) for h in (9, 10)}
    assert [c.outcome for c in activity.recent_calls if c.at in logged] == [
        CallOutcome.NO_ANSWER,
        CallOutcome.BOOKED,
    ]
    (visit,) = [v for v in activity.recent_visits if v.next_step == "签约"]
    assert visit.id is not None
    book.correct_visit_notes(visit.id, "客户要求下周签约")
    assert [v.notes for v in book.visits_of(cid) if v.id == visit.id] == ["客户要求下周签约"]
    # A visit logged by mistake, withdrawn: its follow-up and its stage move go.
    book.set_stage(cid, Stage.ATTENTION)
    book.set_stage(cid, Stage.INTEREST)
    mistake, _moved, _met = book.log_visit(
        VisitLog(cid, today, stage=Stage.CONVICTION, next_step="记错了", next_date=today)
    )
    assert book.withdraw_visit(mistake).stage_back
    assert ContactBook(team_store).get(cid).stage is Stage.INTEREST
    assert "记错了" not in [f.text for f in book.activity_of(cid).follow_ups]
    from rmdesk.activity.pipeline import pipeline
    from rmdesk.domain.activity import PipelineFilter

    everyone = pipeline(team_store, PipelineFilter(), dt.datetime.now())
    keys = pipeline(
        team_store, PipelineFilter(key_only=True, tie=TieKind.CLASSMATE), dt.datetime.now()
    )
    assert sum(c.count for c in everyone.columns) > sum(c.count for c in keys.columns)
    assert everyone.conversions[0] is not None and 0 < everyone.conversions[0] <= 1
    from rmdesk.activity.calls import call_list

    called = ContactBook(team_store).list_ids()[0]
    first = call_list(team_store, PipelineFilter(), None, 400)
    assert first and called not in [t.contact_id for t in first[:10]], "called today: last"


def test_an_import_on_postgresql(team_store, tmp_path: Path) -> None:
    """Contacts brought in from a file are written in bulk on PostgreSQL as on SQLite:
    their phones, addresses and search rows, found by name, pinyin and digits."""
    from rmdesk.services import build_services

    path = tmp_path / "branch.csv"
    path.write_text(
        "姓名,手机,单位,地址\n"
        "欧阳导入,13600000071,台州导入机械有限公司,椒江区导入路1号\n"
        "贾导入,0576-88000072,,\n",
        "utf-8",
    )
    services = build_services(team_store)
    contents = services.exchange.read_file(path)
    assert contents.table is not None
    records = services.exchange.records(contents, services.exchange.mapping_for(contents.table))
    report = services.exchange.import_records(records)
    assert [line.name for line in report.added] == ["欧阳导入", "贾导入"]
    book = ContactBook(team_store)
    ouyang = report.added[0].contact_id
    for query in ("欧阳导入", "oydr", "ouyangdaoru", "13600000071", "导入机械", "欧阳"):
        assert ouyang in book.list_ids(BookFilter(search=query)), query
    assert book.list_ids(BookFilter(search="88000072")) == [report.added[1].contact_id]
    stored = book.get(ouyang)
    assert [p.number for p in stored.phones] == ["+8613600000071"]
    assert stored.addresses[0].text == "椒江区导入路1号"
