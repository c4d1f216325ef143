"""A visit or a call logged by mistake is taken back, with what it set off."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from rmdesk.domain.activity import CallLog, Gift, Objection, VisitLog
from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import LogNotFound
from rmdesk.domain.kinds import (
    CallOutcome,
    ObjectionCause,
    ObjectionKind,
    Stage,
    VisitPurpose,
    VisitStatus,
)
from rmdesk.domain.visit import VisitPlan, VisitTime
from rmdesk.services import build_services
from rmdesk.services.events import ActivityChanged, ContactsChanged, VisitsChanged
from rmdesk.store.database import open_store

DAY = dt.date.today()
TABLES = ("visit_logs", "objections", "gifts", "follow_ups", "stage_changes", "call_logs")


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def test_a_visit_logged_for_the_wrong_client_is_taken_back_whole(services, db_path) -> None:
    """Two 王伟s: the visit was logged against the wrong one. Withdrawn, the book is as it
    was before the log: no log, objection, gift or next step; the appointment it closed
    is booked again (and changed for the phone); the client is back at their stage."""
    contacts, activity = services.contacts, services.activity
    wrong = contacts.save(Contact(name="王伟", company="台州机电"))
    contacts.save(replace(contacts.get(wrong), stage=Stage.INTEREST))
    when = VisitTime(DAY, True, dt.time(10), dt.time(11))
    plan_id = services.planning.save(VisitPlan(wrong, when, purpose=VisitPurpose.PRODUCT))
    services.planning.set_status([plan_id], VisitStatus.BOOKED)
    planned = services.planning.get(plan_id)
    before = rows(db_path)
    visit_id = activity.log_visit(
        VisitLog(
            wrong,
            DAY,
            plan_id=plan_id,
            stage=Stage.COMPARISON,
            objections=(Objection(ObjectionKind.REAL, ObjectionCause.BANK, "利率比农商行低"),),
            gifts=(Gift("茶叶", 180),),
            next_step="送利率对比表",
            next_date=DAY + dt.timedelta(days=3),
        )
    )
    assert contacts.get(wrong).stage is Stage.COMPARISON
    seen: list[object] = []
    services.events.subscribe(seen.append)
    done = activity.withdraw_visit(visit_id)
    assert (done.contact_id, done.stage_back, done.plan_day, done.removed) == (
        wrong,
        True,
        DAY,
        3,
    )
    assert rows(db_path) == before
    assert contacts.get(wrong).stage is Stage.INTEREST
    reopened = services.planning.get(plan_id)
    assert reopened.status is VisitStatus.BOOKED
    assert reopened.sequence > planned.sequence + 1, "the phone sees it booked again"
    assert seen == [ActivityChanged((wrong,)), ContactsChanged((wrong,)), VisitsChanged((DAY,))]
    assert activity.activity_of(wrong).recent_visits == ()
    with pytest.raises(LogNotFound):
        activity.withdraw_visit(visit_id)
    assert rows(db_path) == before


def test_a_stage_moved_since_the_log_stands(services) -> None:
    """The log's move is taken back only while it is the client's latest: a move made on
    the board since stands; so does the first stage a client ever had (nothing before it
    to go back to)."""
    contacts, activity = services.contacts, services.activity
    cid = contacts.save(Contact(name="李娜", stage=Stage.ATTENTION))
    visit_id = activity.log_visit(VisitLog(cid, DAY, stage=Stage.INTEREST))
    activity.set_stage(cid, Stage.DESIRE)
    assert not activity.withdraw_visit(visit_id).stage_back
    assert contacts.get(cid).stage is Stage.DESIRE
    history = [c.stage for c in activity.activity_of(cid).stage_history]
    assert history == [Stage.ATTENTION, Stage.INTEREST, Stage.DESIRE]
    first = contacts.save(Contact(name="张敏"))
    visit_id = activity.log_visit(VisitLog(first, DAY, stage=Stage.ATTENTION))
    assert not activity.withdraw_visit(visit_id).stage_back
    assert contacts.get(first).stage is Stage.ATTENTION


def test_a_second_visit_on_the_same_plan_keeps_it_done(services) -> None:
    contacts, activity = services.contacts, services.activity
    cid = contacts.save(Contact(name="周强"))
    when = VisitTime(DAY, True, dt.time(14), dt.time(15))
    plan_id = services.planning.save(VisitPlan(cid, when, purpose=VisitPurpose.PRODUCT))
    activity.log_visit(VisitLog(cid, DAY, plan_id=plan_id, notes="见到了财务"))
    twice = activity.log_visit(VisitLog(cid, DAY, plan_id=plan_id, notes="重复记录"))
    assert activity.withdraw_visit(twice).plan_day is None
    assert services.planning.get(plan_id).status is VisitStatus.DONE
    assert [v.notes for v in activity.visits_of(cid)] == ["见到了财务"]


def test_a_call_logged_by_mistake_goes_with_its_call_back(services, db_path) -> None:
    contacts, activity = services.contacts, services.activity
    cid = contacts.save(Contact(name="陈静"))
    at = dt.datetime.combine(DAY, dt.time(9))
    kept = activity.log_call(CallLog(cid, at, CallOutcome.REACHED, "约了周三"))
    before = rows(db_path)
    back = at + dt.timedelta(days=1)
    wrong = activity.log_call(CallLog(cid, at, CallOutcome.CALL_BACK, "", call_back_at=back))
    activity.withdraw_call(wrong)
    assert rows(db_path) == before
    assert [c.id for c in activity.activity_of(cid).recent_calls] == [kept]
    with pytest.raises(LogNotFound):
        activity.withdraw_call(wrong)


def test_the_command_lines(services, db_path, capsys) -> None:
    from rmdesk.cli import main

    cid = services.contacts.save(Contact(name="吴刚", stage=Stage.ATTENTION))
    visit_id = services.activity.log_visit(
        VisitLog(cid, DAY, stage=Stage.INTEREST, next_step="回电", next_date=DAY)
    )
    at = dt.datetime.combine(DAY, dt.time(9))
    call_id = services.activity.log_call(CallLog(cid, at, CallOutcome.NO_ANSWER))
    db = ["--db", str(db_path)]
    assert main(["contacts", "show", str(cid), *db]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert f"visit {visit_id}\t{DAY.isoformat()}\tinterest\t" in shown
    assert f"call {call_id}\t{at.isoformat()}\tno_answer\t" in shown
    assert main(["visits", "withdraw", str(visit_id), *db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"withdrew visit {visit_id} (objections, gifts and follow-ups it recorded: 1)",
        f"contact {cid} is back at the stage before it",
    ]
    assert main(["calls", "withdraw", str(call_id), *db]) == 0
    assert capsys.readouterr().out == f"withdrew call {call_id}\n"
    before = rows(db_path)
    assert main(["visits", "withdraw", str(visit_id), *db]) == 1
    assert capsys.readouterr().err == f"rmdesk: error: no visit or call log with id {visit_id}\n"
    assert rows(db_path) == before
