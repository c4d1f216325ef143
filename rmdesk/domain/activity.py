"""What happened with a client: calls, visits with their objections and gifts, the next
step (a follow-up), and the stage history (DOMAIN.md steps 1, 4 and 5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rmdesk.domain.contact import REQUIRED, TOO_LONG
from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.kinds import (
    CallOutcome,
    Closing,
    Handling,
    ObjectionCause,
    ObjectionKind,
    Signal,
    Stage,
    TieKind,
)
from rmdesk.domain.text import CONTROL_CHARACTERS, has_control_characters

MAX_TEXT = 2000
MAX_GIFT_YUAN = 1_000_000

# Problem codes (the window says them in words beside the field; see labels.problem_text).
BEFORE_VISIT = "before_visit"  # a next step dated before the visit
BEFORE_CALL = "before_call"  # calling back before the call
BAD_GIFT_VALUE = "bad_gift_value"


@dataclass(frozen=True)
class CallLog:
    contact_id: int
    at: dt.datetime
    outcome: CallOutcome
    note: str = ""
    call_back_at: dt.datetime | None = None  # for CALL_BACK: when to call again
    id: int | None = None


@dataclass(frozen=True)
class CallTarget:
    """A line of the call list."""

    contact_id: int
    name: str
    company: str
    phone: str  # the first phone, E.164; "" when the contact has none


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


RECENT_LOGS = 3  # the latest visits and calls a contact's activity holds


@dataclass(frozen=True)
class ContactActivity:
    """A contact's stage history (oldest first), follow-ups, open objections, and the
    latest visit and call logs (latest first, RECENT_LOGS of each)."""

    stage_history: tuple[StageChange, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    open_objections: tuple[Objection, ...] = ()
    recent_visits: tuple[VisitLog, ...] = ()
    recent_calls: tuple[CallLog, ...] = ()


@dataclass(frozen=True)
class Withdrawn:
    """What withdrawing a visit logged by mistake put back: the client (`contact_id`),
    whether their stage went back to where it was before the log, the day of the planned
    visit that is open again (None: none was), and how many of the log's objections,
    gifts and follow-ups went with it."""

    contact_id: int
    stage_back: bool = False
    plan_day: dt.date | None = None
    removed: int = 0


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


@dataclass(frozen=True)
class Card:
    contact_id: int
    name: str
    company: str
    since: dt.datetime | None  # in this stage since (None: no history, set before it)
    key_client: bool = False


@dataclass(frozen=True)
class Column:
    stage: Stage
    count: int
    cards: tuple[Card, ...]
    median_days: float | None  # in this stage, of the contacts there now


@dataclass(frozen=True)
class PipelineFilter:
    tie: TieKind | None = None
    district: str = ""
    key_only: bool = False


@dataclass(frozen=True)
class Pipeline:
    columns: tuple[Column, ...]
    # Of the contacts who ever reached a stage, the share who reached the next one.
    conversions: tuple[float | None, ...] = field(default_factory=tuple)


def checked_text(problems: dict[str, str], name: str, value: str) -> str:
    """The text trimmed; TOO_LONG or CONTROL_CHARACTERS noted under `name` if it is so."""
    value = value.strip()
    if len(value) > MAX_TEXT:
        problems[name] = TOO_LONG
    elif has_control_characters(value):
        problems[name] = CONTROL_CHARACTERS
    return value


def checked_notes(notes: str, name: str = "notes") -> str:
    """A log's notes as corrected after it was logged, trimmed; InvalidActivity (under
    `name`) if they are too long or hold a control character."""
    problems: dict[str, str] = {}
    clean = checked_text(problems, name, notes)
    if problems:
        raise InvalidActivity(problems)
    return clean


def validate_visit(log: VisitLog) -> VisitLog:
    """The log with its texts trimmed; InvalidActivity naming each wrong field."""
    problems: dict[str, str] = {}
    if log.next_date is not None and log.next_date < log.day:
        problems["next_date"] = BEFORE_VISIT
    if log.next_date is not None and not log.next_step.strip():
        problems["next_step"] = REQUIRED
    for objection in log.objections:
        if not objection.words.strip():
            problems["objections"] = REQUIRED
        checked_text(problems, "objections", objection.words)
    for gift in log.gifts:
        if not gift.item.strip():
            problems["gifts"] = REQUIRED
        elif not 0 <= gift.value_yuan <= MAX_GIFT_YUAN:
            problems["gifts"] = BAD_GIFT_VALUE
    clean = VisitLog(
        contact_id=log.contact_id,
        day=log.day,
        plan_id=log.plan_id,
        met=checked_text(problems, "met", log.met),
        purpose_reached=log.purpose_reached,
        signal=log.signal,
        signals_seen=tuple(s.strip() for s in log.signals_seen if s.strip()),
        objections=tuple(
            Objection(o.kind, o.cause, o.words.strip(), o.handling, o.resolved, o.id)
            for o in log.objections
        ),
        closing=log.closing,
        products=checked_text(problems, "products", log.products),
        stage=log.stage,
        next_step=checked_text(problems, "next_step", log.next_step),
        next_date=log.next_date,
        gifts=tuple(Gift(g.item.strip(), g.value_yuan) for g in log.gifts),
        notes=checked_text(problems, "notes", log.notes),
        id=log.id,
    )
    if problems:
        raise InvalidActivity(problems)
    return clean


def validate_call(call: CallLog) -> CallLog:
    problems: dict[str, str] = {}
    if call.call_back_at is not None and call.call_back_at < call.at:
        problems["call_back_at"] = BEFORE_CALL
    note = checked_text(problems, "note", call.note)
    if problems:
        raise InvalidActivity(problems)
    return CallLog(call.contact_id, call.at, call.outcome, note, call.call_back_at, call.id)
