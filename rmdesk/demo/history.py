"""The demo book's history: how each client came to the stage they are at, and three
months of calls and visits."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from rmdesk.domain.kinds import CallOutcome, ObjectionCause, ObjectionKind, Signal, Stage


def stage_rows(
    seed: int, contacts: Sequence[dict[str, Any]], today: dt.date
) -> list[dict[str, Any]]:
    """Stage changes for every demo client with a stage: through each stage up to theirs,
    in order, on working hours of days between the contact's creation and `today`."""
    r = random.Random(f"stages-{seed}")
    stages = list(Stage)
    rows: list[dict[str, Any]] = []
    for contact in contacts:
        if contact["stage"] is None:
            continue
        reached = stages.index(Stage(contact["stage"])) + 1
        first: dt.date = contact["created_at"].date() + dt.timedelta(days=1)
        span = max(1, (today - first).days)
        days = sorted(r.randrange(span) for _ in range(reached))
        for stage, offset in zip(stages[:reached], days, strict=True):
            at = dt.time(r.randint(9, 16), r.choice((0, 15, 30, 45)))
            when = dt.datetime.combine(first + dt.timedelta(days=offset), at)
            rows.append({"contact_id": contact["id"], "stage": stage.value, "since": when})
    return rows


# How calls go for an RM cold-calling their list (DOMAIN.md step 1: about one in ten books).
OUTCOMES = (
    (CallOutcome.NO_ANSWER, 38),
    (CallOutcome.REFUSED, 22),
    (CallOutcome.REACHED, 24),
    (CallOutcome.CALL_BACK, 7),
    (CallOutcome.BOOKED, 9),
)
SIGNALS = ((Signal.GREEN, 3), (Signal.YELLOW, 5), (Signal.RED, 2), (None, 2))
OBJECTIONS = (
    (ObjectionKind.REAL, ObjectionCause.BANK, "利率不如他行高"),
    (ObjectionKind.REAL, ObjectionCause.BANK, "手续太麻烦"),
    (ObjectionKind.EXCUSE, ObjectionCause.CLIENT, "最近太忙，以后再说"),
    (ObjectionKind.EXCUSE, ObjectionCause.CLIENT, "要和家里商量一下"),
    (ObjectionKind.HIDDEN, ObjectionCause.RM, "对新客户经理不够信任"),
    (ObjectionKind.REAL, ObjectionCause.CLIENT, "资金暂时周转不开"),
    (ObjectionKind.HIDDEN, ObjectionCause.BANK, "担心理财产品亏本"),
)
NEXT_STEPS = (
    "送产品说明书",
    "约财务负责人面谈",
    "提交授信资料",
    "回访确认意向",
    "邀请参加理财沙龙",
)
PRODUCTS = ("结构性存款", "代发工资", "经营贷", "理财产品", "信用卡", "企业网银")
HISTORY_DAYS = 90


def activity_rows(
    seed: int, contacts: Sequence[dict[str, Any]], today: dt.date
) -> dict[str, list[dict[str, Any]]]:
    """Three months of calls and visits before `today`, on working days: a call list of
    30-50 a day and a few visits, with signals, objections, next steps and gifts, so
    that the board, the charts and the dossiers have something to show."""
    r = random.Random(f"activity-{seed}")
    ids = [c["id"] for c in contacts]
    staged = [c["id"] for c in contacts if c["stage"] is not None] or ids
    out: dict[str, list[dict[str, Any]]] = {
        "calls": [], "visits": [], "objections": [], "gifts": [], "follow_ups": [],
    }  # fmt: skip
    if not ids:
        return out
    outcomes = [o for o, _w in OUTCOMES]
    weights = [w for _o, w in OUTCOMES]
    lights = [s for s, _w in SIGNALS]
    light_weights = [w for _s, w in SIGNALS]
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for _ in range(r.randint(30, 50)):
            at = dt.datetime.combine(day, dt.time(r.randint(9, 16), r.randrange(60)))
            outcome = r.choices(outcomes, weights)[0]
            called = r.choice(ids)
            back_at = at + dt.timedelta(days=2) if outcome is CallOutcome.CALL_BACK else None
            out["calls"].append(
                {"contact_id": called, "at": at, "outcome": outcome.value, "note": "",
                 "call_back_at": back_at}
            )  # fmt: skip
            if back_at is not None and back_at.date() < today - dt.timedelta(days=3):
                # The RM called back as agreed; the last few days' call-backs are still due.
                again = r.choice((CallOutcome.REACHED, CallOutcome.NO_ANSWER, CallOutcome.BOOKED))
                out["calls"].append(
                    {"contact_id": called, "at": back_at, "outcome": again.value, "note": "",
                     "call_back_at": None}
                )  # fmt: skip
        for _ in range(r.randint(1, 4)):
            visit_id = len(out["visits"]) + 1
            contact = r.choice(staged)
            light = r.choices(lights, light_weights)[0]
            nxt = r.choice(NEXT_STEPS) if light is not Signal.RED and r.random() < 0.6 else ""
            next_date = day + dt.timedelta(days=r.randint(3, 14)) if nxt else None
            out["visits"].append(
                {"id": visit_id, "contact_id": contact, "plan_id": None, "day": day,
                 "met": "", "purpose_reached": r.random() < 0.6,
                 "signal": light.value if light else None, "signals_seen": "",
                 "closing": None, "products": r.choice(PRODUCTS), "stage": None,
                 "next_step": nxt, "next_date": next_date, "notes": "",
                 "created_at": dt.datetime.combine(day, dt.time(18))}
            )  # fmt: skip
            for kind, cause, words in r.sample(OBJECTIONS, r.choice((0, 0, 1, 1, 2))):
                out["objections"].append(
                    {"visit_id": visit_id, "contact_id": contact, "kind": kind.value,
                     "cause": cause.value, "words": words, "handling": None,
                     "resolved": r.random() < 0.5}
                )  # fmt: skip
            if next_date is not None:
                out["follow_ups"].append(
                    {"contact_id": contact, "visit_id": visit_id, "due": next_date,
                     "text": nxt, "done_at": dt.datetime.combine(next_date, dt.time(17))
                     if next_date < today - dt.timedelta(days=r.choice((0, 0, 0, 5))) else None}
                )  # fmt: skip
            if r.random() < 0.1:
                out["gifts"].append(
                    {"contact_id": contact, "visit_id": visit_id, "day": day,
                     "item": r.choice(("台历", "行徽笔记本", "中秋月饼", "茶叶")),
                     "value_fen": r.choice((3000, 5000, 8800, 12800)), "occasion": ""}
                )  # fmt: skip
    return out
