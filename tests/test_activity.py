"""After the visit: the call and visit log, the follow-up a next step becomes, the stage
history, the period's figures, and the command lines scripts rely on."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.activity import CallLog, Gift, Objection, VisitLog
from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import ContactNotFound, InvalidActivity, ObjectionNotFound
from rmdesk.domain.kinds import (
    CallOutcome,
    Closing,
    Handling,
    ObjectionCause,
    ObjectionKind,
    Signal,
    Stage,
    VisitStatus,
)
from rmdesk.services import build_services
from rmdesk.services.events import ActivityChanged, ContactsChanged, DossierChanged
from rmdesk.store.database import open_store

DAY = dt.date.today()  # stage changes are dated; tests must not drift with the calendar


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def table_counts(path: Path) -> dict[str, int]:
    tables = ["call_logs", "visit_logs", "objections", "gifts", "follow_ups", "stage_changes"]
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_every_field_of_a_visit_log_comes_back(services) -> None:
    cid = services.contacts.save(Contact(name="王建国", stage=Stage.INTEREST))
    seen: list[object] = []
    services.events.subscribe(seen.append)
    log = VisitLog(
        contact_id=cid,
        day=DAY,
        met="王总和财务李姐",
        purpose_reached=True,
        signal=Signal.YELLOW,
        signals_seen=("反复看利率表", "问起赎回"),
        objections=(
            Objection(ObjectionKind.REAL, ObjectionCause.BANK, "利率比他行低", Handling.OFFSET),
            Objection(ObjectionKind.EXCUSE, ObjectionCause.CLIENT, "最近太忙", None, True),
        ),
        closing=Closing.EITHER_OR,
        products="结构性存款、代发工资",
        stage=Stage.DESIRE,
        next_step="送产品说明书",
        next_date=DAY + dt.timedelta(days=3),
        gifts=(Gift("台历", 35.5),),
        notes="下次带上理财经理",
    )
    visit_id = services.activity.log_visit(log)
    (back,) = services.activity.visits_of(cid)
    ids = tuple(o.id for o in back.objections)
    assert back == replace(
        log,
        id=visit_id,
        objections=tuple(replace(o, id=i) for o, i in zip(log.objections, ids, strict=True)),
    )
    assert seen == [ActivityChanged((cid,)), ContactsChanged((cid,))]
    # The next step is a follow-up; the open objection stays until resolved; the stage moved.
    activity = services.activity.activity_of(cid)
    assert [(f.due, f.text, f.done) for f in activity.follow_ups] == [
        (DAY + dt.timedelta(days=3), "送产品说明书", False)
    ]
    assert [o.words for o in activity.open_objections] == ["利率比他行低"]
    assert [c.stage for c in activity.stage_history] == [Stage.INTEREST, Stage.DESIRE]
    assert services.contacts.get(cid).stage is Stage.DESIRE


def test_the_stage_history_records_every_change_wherever_made(services) -> None:
    contacts = services.contacts
    cid = contacts.save(Contact(name="李四"))
    assert services.activity.activity_of(cid).stage_history == ()
    contacts.save(replace(contacts.get(cid), stage=Stage.ATTENTION))  # the editor
    contacts.save(replace(contacts.get(cid), notes="喜欢钓鱼"))  # no change of stage
    contacts.save(replace(contacts.get(cid), stage=Stage.INTEREST))
    today = dt.date.today()
    services.activity.log_visit(VisitLog(cid, today, stage=Stage.INTEREST))  # the same stage
    services.activity.log_visit(VisitLog(cid, today, stage=Stage.COMPARISON))
    contacts.save(replace(contacts.get(cid), stage=None))  # cleared
    history = services.activity.activity_of(cid).stage_history
    assert [c.stage for c in history] == [
        Stage.ATTENTION,
        Stage.INTEREST,
        Stage.COMPARISON,
        None,
    ]
    assert [a.since <= b.since for a, b in itertools.pairwise(history)] == [True] * 3


def test_a_logged_planned_visit_is_done(services) -> None:
    from rmdesk.domain.kinds import VisitPurpose
    from rmdesk.domain.visit import VisitPlan, VisitTime

    cid = services.contacts.save(Contact(name="赵六"))
    when = VisitTime(DAY, True, dt.time(10), dt.time(10))
    plan_id = services.planning.save(VisitPlan(cid, when, purpose=VisitPurpose.PRODUCT))
    before = services.planning.get(plan_id)
    services.activity.log_visit(VisitLog(cid, DAY, plan_id=plan_id, purpose_reached=False))
    after = services.planning.get(plan_id)
    assert after.status is VisitStatus.DONE
    assert after.sequence == before.sequence + 1, "phones see the calendar item change"
    other = services.contacts.save(Contact(name="孙七"))
    with pytest.raises(Exception, match=str(plan_id)):
        services.activity.log_visit(VisitLog(other, DAY, plan_id=plan_id))


@pytest.mark.parametrize(
    ("log", "field"),
    [
        (VisitLog(0, DAY, next_step="回访", next_date=DAY - dt.timedelta(days=1)), "next_date"),
        (VisitLog(0, DAY, next_date=DAY), "next_step"),
        (VisitLog(0, DAY, objections=(Objection(ObjectionKind.REAL, ObjectionCause.RM, " "),)),
         "objections"),
        (VisitLog(0, DAY, gifts=(Gift("月饼", -1),)), "gifts"),
        (VisitLog(0, DAY, notes="长" * 2001), "notes"),
    ],
)  # fmt: skip
def test_a_bad_visit_log_names_its_field_and_saves_nothing(
    services, db_path: Path, log: VisitLog, field: str
) -> None:
    cid = services.contacts.save(Contact(name="周八", stage=Stage.INTEREST))
    before = table_counts(db_path)
    with pytest.raises(InvalidActivity) as refused:
        services.activity.log_visit(replace(log, contact_id=cid, stage=Stage.DECISION))
    assert list(refused.value.errors) == [field]
    assert table_counts(db_path) == before
    assert services.contacts.get(cid).stage is Stage.INTEREST


def test_calls_and_visits_of_a_missing_contact_are_refused(services, db_path: Path) -> None:
    before = table_counts(db_path)
    with pytest.raises(ContactNotFound):
        services.activity.log_call(CallLog(99, dt.datetime(2026, 12, 7, 9), CallOutcome.BOOKED))
    with pytest.raises(ContactNotFound):
        services.activity.log_visit(VisitLog(99, DAY))
    trashed = services.contacts.save(Contact(name="吴九"))
    services.contacts.move_to_trash([trashed])
    with pytest.raises(ContactNotFound):
        services.activity.log_call(CallLog(trashed, dt.datetime(2026, 12, 7), CallOutcome.REFUSED))
    assert table_counts(db_path) == before


def test_the_report_counts_the_period(services) -> None:
    contacts, activity = services.contacts, services.activity
    day = dt.date.today() + dt.timedelta(days=2)  # after the stages the contacts start with
    first = contacts.save(Contact(name="钱一", stage=Stage.ATTENTION))
    second = contacts.save(Contact(name="钱二", introduced_by_id=first))
    contacts.save(Contact(name="钱三", introduced_by_id=first))
    at = dt.datetime.combine(day, dt.time(9))
    outcomes = [CallOutcome.BOOKED, CallOutcome.NO_ANSWER, CallOutcome.REFUSED,
                CallOutcome.NO_ANSWER, CallOutcome.REACHED]  # fmt: skip
    for n, outcome in enumerate(outcomes):
        activity.log_call(CallLog(second, at + dt.timedelta(minutes=n), outcome))
    activity.log_call(CallLog(second, at + dt.timedelta(days=1), CallOutcome.BOOKED))
    activity.log_call(CallLog(second, at - dt.timedelta(days=30), CallOutcome.BOOKED))  # before
    real = Objection(ObjectionKind.REAL, ObjectionCause.BANK, "费率高")
    excuse = Objection(ObjectionKind.EXCUSE, ObjectionCause.CLIENT, "没空", resolved=True)
    activity.log_visit(VisitLog(first, day, purpose_reached=True, objections=(real, excuse),
                                stage=Stage.INTEREST))  # fmt: skip
    activity.log_visit(VisitLog(second, day + dt.timedelta(days=7), purpose_reached=False))
    activity.log_visit(VisitLog(second, day + dt.timedelta(days=60)))  # after the period

    report = activity.report(day, day + dt.timedelta(days=13))
    assert report.calls_made == 6
    assert report.calls_with(CallOutcome.BOOKED) == 2
    assert report.success_rate == pytest.approx(2 / 6)
    assert report.calls_per_day[day] == {"booked": 1, "no_answer": 2, "refused": 1, "reached": 1}
    weeks = [
        f"{y}-W{w:02d}" for y, w, _ in (day.isocalendar(), (day + dt.timedelta(7)).isocalendar())
    ]
    assert report.visits_per_week == dict.fromkeys(weeks, 1)
    assert (report.visits_logged, report.purpose_reached) == (2, 1)
    assert report.stages == {"interest": 1}
    assert report.objections_by_kind == {"real": 1, "excuse": 1}
    assert report.objections_by_cause == {"bank": 1, "client": 1}
    assert (report.objections_open, report.objections_resolved) == (1, 1)
    # The stage changes of the period only: the visit moved 钱一 from attention, on the
    # visit's day whenever it was logged; 钱一's first stage was given before the period.
    assert report.stage_moves == [("attention", "interest", 1)]


def test_referrals_are_counted_per_introducer(services) -> None:
    contacts = services.contacts
    today = dt.date.today()
    first = contacts.save(Contact(name="钱一"))
    for name in ("钱二", "钱三"):
        contacts.save(Contact(name=name, introduced_by_id=first))
    report = services.activity.report(today, today)
    assert report.referrals_by_introducer == {"钱一": 2}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_lines(demo_file: Path, tmp_path: Path, capsys) -> None:
    import shutil

    db = tmp_path / "book.sqlite"
    shutil.copy(demo_file, db)
    cid = "5"
    # A week after the demo book's history (which ends today), whatever today is.
    monday = dt.date.today() + dt.timedelta(days=35 - dt.date.today().weekday())
    day = [(monday + dt.timedelta(days=n)).isoformat() for n in range(7)]
    week = f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
    code, out, _ = run_cli(capsys, "calls", "log", cid, "--outcome", "booked", "--at",
                           f"{day[0]}T09:30", "--note", "约周三", "--db", str(db))  # fmt: skip
    assert code == 0 and "booked" in out
    run_cli(capsys, "calls", "log", cid, "--outcome", "no_answer", "--at", f"{day[0]}T10:00",
            "--db", str(db))  # fmt: skip
    code, out, _ = run_cli(
        capsys, "visits", "log", cid, "--date", day[1], "--signal", "green",
        "--stage", "decision", "--objection", "excuse:client:没时间",
        "--objection", "hidden:rm:不信任新人", "--next", "签约", "--next-date", day[3],
        "--note", "顺利", "--db", str(db),
    )  # fmt: skip
    assert code == 0, out
    code, out, _ = run_cli(capsys, "contacts", "show", cid, "--json", "--db", str(db))
    shown = json.loads(out)
    assert shown["id"] == int(cid) and shown["stage"] == "decision"
    assert shown["stage_history"][-1]["stage"] == "decision"
    assert [c["since"] for c in shown["stage_history"]] == sorted(
        c["since"] for c in shown["stage_history"]
    )
    assert {"date": day[3], "text": "签约", "done": False} in shown["follow_ups"]
    assert shown["open_objections"][-2:] == [
        {"kind": "excuse", "cause": "client", "text": "没时间"},
        {"kind": "hidden", "cause": "rm", "text": "不信任新人"},
    ]
    code, out, _ = run_cli(capsys, "report", "--from", day[0], "--to", day[6],
                           "--json", "--db", str(db))  # fmt: skip
    report = json.loads(out)
    assert report["calls"] == {
        "made": 2, "reached": 1, "booked": 1, "success_rate": 0.5,
        "per_day": {day[0]: {"made": 2, "booked": 1, "no_answer": 1}},
    }  # fmt: skip
    assert report["visits"] == {"logged": 1, "purpose_reached": 0, "per_week": {week: 1}}
    assert report["objections"] == {
        "by_kind": {"excuse": 1, "hidden": 1}, "by_cause": {"client": 1, "rm": 1},
        "open": 2, "resolved": 0,
    }  # fmt: skip
    assert {"from", "to", "count"} == set(report["stage_moves"][0])
    assert sum(report["stages"].values()) > 0 and "referrals" in report


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["calls", "log", "5", "--outcome", "maybe"], "maybe"),
        (["calls", "log", "5", "--outcome", "booked", "--at", "tomorrow"], "tomorrow"),
        (["calls", "log", "99999", "--outcome", "booked"], "99999"),
        (["visits", "log", "5", "--date", "2026-13-01"], "2026-13-01"),
        (["visits", "log", "5", "--date", "2026-12-08", "--stage", "hot"], "hot"),
        (["visits", "log", "5", "--date", "2026-12-08", "--signal", "blue"], "blue"),
        (["visits", "log", "5", "--date", "2026-12-08", "--objection", "sulky:client:嗯"],
         "sulky"),
        (["visits", "log", "5", "--date", "2026-12-08", "--objection", "real:client"],
         "real:client"),
        (["visits", "log", "5", "--date", "2026-12-08", "--next", "回访"], "--next-date"),
        (["visits", "log", "99999", "--date", "2026-12-08"], "99999"),
        (["contacts", "show", "99999"], "99999"),
        (["report", "--from", "2026-12-07", "--to", "2026-12-01"], "--to"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_naming_the_value_and_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys, args: list[str], named: str
) -> None:
    import shutil

    db = tmp_path / "book.sqlite"
    shutil.copy(demo_file, db)
    before = table_counts(db)
    try:
        code = main([*args, "--db", str(db)])
    except SystemExit as refused:  # argparse: the value itself is malformed
        code = refused.code
    assert code not in (0, None)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and named in err, err
    assert table_counts(db) == before


def test_meeting_an_introduced_client_opens_the_report_back_task(services) -> None:
    from rmdesk.dossier.referrals import open_thank_yous

    introducer = services.contacts.save(Contact(name="老陈"))
    introduced = services.contacts.save(Contact(name="小林", introduced_by_id=introducer))
    store = services.store
    assert open_thank_yous(store) == []
    seen: list[object] = []
    services.events.subscribe(seen.append)
    services.activity.log_visit(VisitLog(introduced, DAY))
    (task,) = open_thank_yous(store)
    assert (task.contact_id, task.introducer_id) == (introduced, introducer)
    assert DossierChanged(introduced) in seen
    # Thanked once: a later visit does not open the task again.
    services.dossiers.mark_thanked([introduced], DAY)
    services.activity.log_visit(VisitLog(introduced, DAY))
    assert open_thank_yous(store) == []
    # A client nobody introduced owes no one a report.
    alone = services.contacts.save(Contact(name="独行"))
    services.activity.log_visit(VisitLog(alone, DAY))
    assert open_thank_yous(store) == []


def test_open_objections_and_the_stage_history_are_in_the_briefing_until_resolved(
    services,
) -> None:
    from rmdesk.documents.briefing import briefing_document
    from rmdesk.documents.render import to_html
    from rmdesk.dossier.briefing import briefing_for

    cid = services.contacts.save(Contact(name="冯十", stage=Stage.ATTENTION))
    raised = Objection(ObjectionKind.HIDDEN, ObjectionCause.BANK, "担心手续麻烦")
    services.activity.log_visit(VisitLog(cid, DAY, objections=(raised,), stage=Stage.INTEREST))
    briefing = briefing_for(services.store, cid, DAY)
    assert [o.words for o in briefing.open_objections] == ["担心手续麻烦"]
    assert [c.stage for c in briefing.stage_history] == [Stage.ATTENTION, Stage.INTEREST]
    page = to_html(briefing_document([briefing]))
    assert "Open objections" in page and "担心手续麻烦" in page and "Stage history" in page
    (objection,) = services.activity.activity_of(cid).open_objections
    assert objection.id is not None
    services.activity.resolve_objection(objection.id)
    assert briefing_for(services.store, cid, DAY).open_objections == []
    with pytest.raises(ObjectionNotFound):
        services.activity.resolve_objection(objection.id + 1000)


def test_the_pipeline_counts_each_stage_time_in_it_and_conversion(services) -> None:
    from rmdesk.domain.activity import PipelineFilter
    from rmdesk.domain.contact import Tie
    from rmdesk.domain.kinds import TieKind

    contacts, activity = services.contacts, services.activity
    a = contacts.save(Contact(name="甲", stage=Stage.ATTENTION))
    b = contacts.save(Contact(name="乙", stage=Stage.ATTENTION, key_client=True))
    c = contacts.save(Contact(name="丙", stage=Stage.ATTENTION,
                              ties=[Tie(TieKind.CLASSMATE, "浙大")]))  # fmt: skip
    contacts.save(Contact(name="丁"))  # no stage: not on the board
    activity.set_stage(b, Stage.INTEREST)  # the board's drag
    activity.set_stage(c, Stage.INTEREST)
    activity.set_stage(c, Stage.IMAGINATION)
    activity.set_stage(c, Stage.IMAGINATION)  # dropped where it was: nothing recorded
    board = activity.pipeline(PipelineFilter())
    counts = {col.stage: col.count for col in board.columns}
    assert counts[Stage.ATTENTION] == 1 and counts[Stage.INTEREST] == 1
    assert counts[Stage.IMAGINATION] == 1 and sum(counts.values()) == 3
    (card,) = next(col for col in board.columns if col.stage is Stage.INTEREST).cards
    assert (card.contact_id, card.key_client) == (b, True)
    assert all(col.median_days is None or col.median_days < 1 for col in board.columns)
    # All three reached attention, two went on to interest, one of those to imagination.
    assert board.conversions[:3] == (2 / 3, 1 / 2, 0.0)
    assert [c.stage for c in activity.activity_of(c).stage_history] == [
        Stage.ATTENTION, Stage.INTEREST, Stage.IMAGINATION,
    ]  # fmt: skip
    key_only = activity.pipeline(PipelineFilter(key_only=True))
    assert sum(col.count for col in key_only.columns) == 1
    classmates = activity.pipeline(PipelineFilter(tie=TieKind.CLASSMATE))
    assert [col.count for col in classmates.columns if col.count] == [1]
    assert a not in [card.contact_id for col in classmates.columns for card in col.cards]


def test_the_call_list_puts_those_not_called_for_longest_first(services) -> None:
    from rmdesk.domain.activity import PipelineFilter
    from rmdesk.domain.contact import Phone
    from rmdesk.domain.kinds import PhoneLabel

    contacts, activity = services.contacts, services.activity

    def person(name: str, stage: Stage | None = Stage.ATTENTION, phone: bool = True) -> int:
        phones = [Phone(PhoneLabel.MOBILE, "13800138000")] if phone else []
        return contacts.save(Contact(name=name, stage=stage, phones=phones))

    old, recent, never = person("甲"), person("乙"), person("丙")
    person("丁", stage=Stage.DECISION)
    person("戊", phone=False)  # nobody to call
    activity.log_call(CallLog(old, dt.datetime(2026, 10, 1, 9), CallOutcome.NO_ANSWER))
    activity.log_call(CallLog(recent, dt.datetime(2026, 12, 1, 9), CallOutcome.NO_ANSWER))
    listed = activity.call_list(PipelineFilter(), Stage.ATTENTION, 50)
    assert [t.contact_id for t in listed] == [never, old, recent]
    assert listed[0].phone == "+8613800138000"
    assert len(activity.call_list(PipelineFilter(), None, 2)) == 2
    chosen = activity.call_targets([recent, old, 999])
    assert [t.contact_id for t in chosen] == [recent, old]


def test_the_thank_you_note_speaks_to_the_client_in_their_own_terms() -> None:
    from rmdesk.activity.drafts import SMS_LIMIT, thank_you
    from rmdesk.domain.kinds import Gender
    from rmdesk.domain.profile import Profile

    visit = VisitLog(
        1, DAY, products="结构性存款", next_step="送合同", next_date=DAY + dt.timedelta(2)
    )
    rm = Profile("李明", "台州银行椒江支行 客户经理", "+8613900139000", Gender.MALE)
    draft = thank_you(visit, "王建国", "王总", rm, today=DAY)
    assert draft.letter.startswith("尊敬的王总：") and "今天" in draft.letter
    assert "结构性存款" in draft.letter and "送合同" in draft.letter
    assert draft.letter.splitlines()[-3:] == [
        "台州银行椒江支行 客户经理 李明",
        "电话：139 0013 9000",
        f"{DAY.year}年{DAY.month}月{DAY.day}日",
    ]
    assert draft.sms.startswith("王总您好") and draft.sms.endswith("——李明")
    assert len(draft.sms) <= SMS_LIMIT
    # No form of address in the dossier: the full name; a long next step leaves the SMS.
    long_step = replace(visit, next_step="把" * 80, day=DAY - dt.timedelta(days=1))
    bare = thank_you(long_step, "王建国", "", today=DAY)
    assert bare.letter.startswith("尊敬的王建国：") and "昨天" in bare.letter
    assert len(bare.sms) <= SMS_LIMIT and "把" not in bare.sms
    assert bare.letter.splitlines()[-2] == "敬礼", "no details of the RM: unsigned"


def test_a_logged_visit_is_the_contacts_last_visit_everywhere(services) -> None:
    from rmdesk.domain.contact import Address, BookFilter
    from rmdesk.domain.kinds import AddressKind

    here = Address(AddressKind.HOME, "椒江区", "市府大道1号", lat=28.656, lon=121.421)
    near = Address(AddressKind.HOME, "椒江区", "市府大道3号", lat=28.657, lon=121.422)
    visited = services.contacts.save(Contact(name="走访过", addresses=[here]))
    other = services.contacts.save(Contact(name="邻居", addresses=[near]))
    day = DAY - dt.timedelta(days=3)
    services.activity.log_visit(VisitLog(visited, day))
    assert services.contacts.rows([visited])[visited].last_visit == day
    ordered = services.contacts.list_ids(BookFilter(sort="last_visit", descending=True))
    assert ordered.index(visited) < ordered.index(other)
    (found,) = [n for n in services.contacts.near(other, 1) if n.id == visited]
    assert found.last_visited == day


def test_the_latest_visits_and_calls_are_in_the_activity_and_the_briefing(services) -> None:
    """Before a visit the RM reads what the last ones said: the contact's activity holds
    the three latest visit logs and calls, latest first, and the briefing's "Last three
    visits" puts a planned visit's log after its plan and lists a visit logged without
    a plan on its own."""
    from rmdesk.documents.briefing import briefing_document
    from rmdesk.documents.render import to_html
    from rmdesk.domain.kinds import VisitPurpose
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.dossier.briefing import briefing_for

    cid = services.contacts.save(Contact(name="钱八"))
    days = [DAY - dt.timedelta(days=n) for n in (40, 30, 20, 10)]
    services.activity.log_visit(VisitLog(cid, days[0], notes="第一次见面"))
    services.activity.log_visit(VisitLog(cid, days[1], met="钱总", notes="谈了代发工资"))
    when = VisitTime(days[2], True, dt.time(10), dt.time(10))
    plan_id = services.planning.save(
        VisitPlan(cid, when, purpose=VisitPurpose.PRODUCT, content="介绍结构性存款")
    )
    services.activity.log_visit(
        VisitLog(cid, days[2], plan_id=plan_id, purpose_reached=True, next_step="送合同",
                 next_date=days[3], notes="同意先买50万")
    )  # fmt: skip
    services.activity.log_visit(VisitLog(cid, days[3], met="财务李姐", notes="x" * 200))
    for n, outcome in enumerate((CallOutcome.NO_ANSWER, CallOutcome.REACHED) * 2):
        at = dt.datetime.combine(days[n], dt.time(9, 30))
        services.activity.log_call(CallLog(cid, at, outcome, note=f"第{n + 1}通"))

    activity = services.activity.activity_of(cid)
    assert [v.day for v in activity.recent_visits] == [days[3], days[2], days[1]]
    assert [c.note for c in activity.recent_calls] == ["第4通", "第3通", "第2通"]

    lines = [
        (day, text)
        for block in briefing_document([briefing_for(services.store, cid, DAY)]).blocks
        for day, text in getattr(block, "rows", ())
        if day in {d.isoformat() for d in days}
    ]
    assert [day for day, _text in lines] == [d.isoformat() for d in (days[3], days[2], days[1])]
    assert "x" * 200 in lines[0][1], "the briefing has the whole notes"
    planned = lines[1][1]
    assert planned.index("介绍结构性存款") < planned.index("同意先买50万")
    assert "purpose reached" in planned and f"next: 送合同 ({days[3]:%Y-%m-%d})" in planned
    assert lines[2][1] == "met 钱总 · 谈了代发工资"
    assert "第一次见面" not in to_html(briefing_document([briefing_for(services.store, cid, DAY)]))


def test_a_visits_notes_can_be_put_right_and_bad_text_is_refused(services) -> None:
    """A typo in a visit's notes is corrected in place; a control character pasted in
    (which PostgreSQL would refuse with a driver error) or text too long is refused by
    name, in the log and in a correction, and nothing changes."""
    from rmdesk.domain.activity import MAX_TEXT
    from rmdesk.domain.errors import LogNotFound
    from rmdesk.domain.text import CONTROL_CHARACTERS

    cid = services.contacts.save(Contact(name="孙九"))
    visit_id = services.activity.log_visit(VisitLog(cid, DAY, notes="下次带上理财经里"))
    seen: list[object] = []
    services.events.subscribe(seen.append)
    services.activity.correct_visit_notes(visit_id, "  下次带上理财经理  ")
    assert [v.notes for v in services.activity.visits_of(cid)] == ["下次带上理财经理"]
    assert seen == [ActivityChanged((cid,))]
    for bad, problem in (
        ("贴来的\x07文字", CONTROL_CHARACTERS),
        ("字" * (MAX_TEXT + 1), "too_long"),
    ):
        with pytest.raises(InvalidActivity) as refused:
            services.activity.correct_visit_notes(visit_id, bad)
        assert refused.value.errors == {"notes": problem}
        with pytest.raises(InvalidActivity):
            services.activity.log_visit(VisitLog(cid, DAY, met=bad))
    assert [v.notes for v in services.activity.visits_of(cid)] == ["下次带上理财经理"]
    with pytest.raises(LogNotFound):
        services.activity.correct_visit_notes(visit_id + 1000, "无")
    # A call's note, the same way.
    at = dt.datetime.combine(DAY, dt.time(9))
    call_id = services.activity.log_call(CallLog(cid, at, CallOutcome.REACHED, "约了下周"))
    services.activity.correct_call_note(call_id, "约了下周三上午")
    assert [c.note for c in services.activity.activity_of(cid).recent_calls] == ["约了下周三上午"]
    with pytest.raises(InvalidActivity) as refused:
        services.activity.correct_call_note(call_id, "\x00")
    assert refused.value.errors == {"note": CONTROL_CHARACTERS}
    with pytest.raises(LogNotFound):
        services.activity.correct_call_note(call_id + 1000, "无")
