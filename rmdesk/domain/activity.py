"""What happened with a client: calls, visits with their objections and gifts, the next
step (a follow-up), and the stage history (DOMAIN.md steps 1, 4 and 5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.kinds import (
    CallOutcome,
    Closing,
    Handling,
    ObjectionCause,
    ObjectionKind,
    Signal,
    Stage,
)

MAX_TEXT = 2000
MAX_GIFT_YUAN = 1_000_000


@dataclass(frozen=True)
class CallLog:
    contact_id: int
    at: dt.datetime
    outcome: CallOutcome
    note: str = ""
    call_back_at: dt.datetime | None = None  # for CALL_BACK: when to call again
    id: int | None = None


@dataclass(frozen=True)
class Objection:
    kind: ObjectionKind
    cause: ObjectionCause
    words: str  # what the client said
    handling: Handling | None = None
    resolved: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Gift:
    item: str
    value_yuan: float = 0.0


@dataclass(frozen=True)
class VisitLog:
    """A visit that took place: who was met, how it went, and what comes next."""

    contact_id: int
    day: dt.date
    plan_id: int | None = None  # the planned visit it reports on, if any
    met: str = ""
    purpose_reached: bool | None = None
    signal: Signal | None = None
    signals_seen: tuple[str, ...] = ()
    objections: tuple[Objection, ...] = ()
    closing: Closing | None = None
    products: str = ""
    stage: Stage | None = None  # the client's stage after the visit; None: unchanged
    next_step: str = ""
    next_date: dt.date | None = None
    gifts: tuple[Gift, ...] = ()
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FollowUp:
    contact_id: int
    due: dt.date
    text: str
    done: bool = False
    visit_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class StageChange:
    stage: Stage | None
    since: dt.datetime


@dataclass(frozen=True)
class ContactActivity:
    """A contact's stage history (oldest first), follow-ups and open objections."""

    stage_history: tuple[StageChange, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    open_objections: tuple[Objection, ...] = ()


@dataclass(frozen=True)
class Report:
    """The figures of a period (`start` to `end`, both included)."""

    start: dt.date
    end: dt.date
    calls_per_day: dict[dt.date, dict[str, int]] = field(default_factory=dict)
    visits_per_week: dict[str, int] = field(default_factory=dict)  # ISO week "2026-W49"
    visits_logged: int = 0
    purpose_reached: int = 0
    stages: dict[str, int] = field(default_factory=dict)
    stage_moves: list[tuple[str | None, str | None, int]] = field(default_factory=list)
    objections_by_kind: dict[str, int] = field(default_factory=dict)
    objections_by_cause: dict[str, int] = field(default_factory=dict)
    objections_open: int = 0
    objections_resolved: int = 0
    referrals_by_introducer: dict[str, int] = field(default_factory=dict)

    @property
    def calls_made(self) -> int:
        return sum(sum(day.values()) for day in self.calls_per_day.values())

    def calls_with(self, *outcomes: CallOutcome) -> int:
        return sum(day.get(o.value, 0) for day in self.calls_per_day.values() for o in outcomes)

    @property
    def success_rate(self) -> float:
        """Calls that booked an appointment, of all calls made (0 when none were)."""
        made = self.calls_made
        return self.calls_with(CallOutcome.BOOKED) / made if made else 0.0


def _text(name: str, value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise InvalidActivity(name, f"at most {MAX_TEXT} characters")
    return value


def validate_visit(log: VisitLog) -> VisitLog:
    """The log with its texts trimmed; InvalidActivity naming the field if one is wrong."""
    if log.next_date is not None and log.next_date < log.day:
        raise InvalidActivity("next_date", "the next step cannot come before the visit")
    if log.next_date is not None and not log.next_step.strip():
        raise InvalidActivity("next_step", "say what the next step is")
    for objection in log.objections:
        if not objection.words.strip():
            raise InvalidActivity("objections", "write what the client said")
        _text("objections", objection.words)
    for gift in log.gifts:
        if not gift.item.strip():
            raise InvalidActivity("gifts", "name the gift")
        if not 0 <= gift.value_yuan <= MAX_GIFT_YUAN:
            raise InvalidActivity("gifts", f"a value from 0 to {MAX_GIFT_YUAN} yuan")
    return VisitLog(
        contact_id=log.contact_id,
        day=log.day,
        plan_id=log.plan_id,
        met=_text("met", log.met),
        purpose_reached=log.purpose_reached,
        signal=log.signal,
        signals_seen=tuple(s.strip() for s in log.signals_seen if s.strip()),
        objections=tuple(
            Objection(o.kind, o.cause, o.words.strip(), o.handling, o.resolved, o.id)
            for o in log.objections
        ),
        closing=log.closing,
        products=_text("products", log.products),
        stage=log.stage,
        next_step=_text("next_step", log.next_step),
        next_date=log.next_date,
        gifts=tuple(Gift(g.item.strip(), g.value_yuan) for g in log.gifts),
        notes=_text("notes", log.notes),
        id=log.id,
    )


def validate_call(call: CallLog) -> CallLog:
    if call.call_back_at is not None and call.call_back_at < call.at:
        raise InvalidActivity("call_back_at", "calling back cannot come before the call")
    return CallLog(
        call.contact_id,
        call.at,
        call.outcome,
        _text("note", call.note),
        call.call_back_at,
        call.id,
    )
