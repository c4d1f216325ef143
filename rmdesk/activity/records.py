"""Calls, visit logs, follow-ups and the stage history in the database (ORM), and the
period's figures in plain SQL aggregates."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rmdesk.contacts.records import ContactRecords
from rmdesk.domain.activity import (
    RECENT_LOGS,
    CallLog,
    ContactActivity,
    FollowUp,
    Gift,
    Objection,
    Report,
    StageChange,
    VisitLog,
    Withdrawn,
    checked_notes,
    validate_call,
    validate_visit,
)
from rmdesk.domain.errors import (
    ContactNotFound,
    FollowUpNotFound,
    LogNotFound,
    ObjectionNotFound,
    VisitNotFound,
)
from rmdesk.domain.kinds import (
    CallOutcome,
    Closing,
    Handling,
    Introduction,
    ObjectionCause,
    ObjectionKind,
    Signal,
    Stage,
    VisitStatus,
)
from rmdesk.store.activity_models import (
    CallLogModel,
    FollowUpModel,
    GiftModel,
    ObjectionModel,
    StageChangeModel,
    VisitLogModel,
)
from rmdesk.store.database import Store
from rmdesk.store.models import ContactModel, DossierModel, VisitPlanModel
from rmdesk.store.versions import claim

Log = TypeVar("Log", VisitLogModel, CallLogModel)  # a log whose text can be corrected


class ActivityBook:
    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock
        self._contacts = ContactRecords(store, clock)

    def _now(self) -> dt.datetime:
        return self._clock.now().replace(microsecond=0)

    @staticmethod
    def _living(s: Session, contact_id: int) -> ContactModel:
        model = s.get(ContactModel, contact_id)
        if model is None or model.deleted_at is not None:
            raise ContactNotFound(contact_id)
        return model

    # -- writing ------------------------------------------------------------------------

    def log_call(self, call: CallLog) -> int:
        clean = validate_call(call)
        with self._store.session() as s:
            self._living(s, clean.contact_id)
            model = CallLogModel(
                contact_id=clean.contact_id,
                at=clean.at,
                outcome=clean.outcome.value,
                note=clean.note,
                call_back_at=clean.call_back_at,
            )
            s.add(model)
            s.flush()
            return model.id

    def log_visit(self, log: VisitLog) -> tuple[int, bool, bool]:
        """Save the log, its objections and gifts, the next step as a follow-up, the
        client's new stage (into the stage history) and the planned visit as done, in
        one transaction. An introduced client met for the first time opens the task of
        reporting back to the introducer (the dossier's introduction becomes "met").
        Returns the log's id, whether the stage changed and whether the dossier did."""
        clean = validate_visit(log)
        now = self._now()
        with self._store.session() as s:
            contact = self._living(s, clean.contact_id)
            if clean.plan_id is not None:
                plan = s.get(VisitPlanModel, clean.plan_id)
                if plan is None or plan.contact_id != clean.contact_id:
                    raise VisitNotFound(clean.plan_id)
                if plan.status != VisitStatus.DONE.value:
                    claim(s, VisitPlanModel, VisitPlanModel.id, plan.id, None)
                    s.refresh(plan)
                    plan.status = VisitStatus.DONE.value
                    plan.sequence = (plan.sequence or 0) + 1
                    plan.updated_at = now
            model = VisitLogModel(
                contact_id=clean.contact_id,
                plan_id=clean.plan_id,
                day=clean.day,
                met=clean.met,
                purpose_reached=clean.purpose_reached,
                signal=clean.signal.value if clean.signal else None,
                signals_seen="\n".join(clean.signals_seen),
                closing=clean.closing.value if clean.closing else None,
                products=clean.products,
                stage=clean.stage.value if clean.stage else None,
                next_step=clean.next_step,
                next_date=clean.next_date,
                notes=clean.notes,
                created_at=now,
            )
            s.add(model)
            s.flush()
            for objection in clean.objections:
                s.add(
                    ObjectionModel(
                        visit_id=model.id,
                        contact_id=clean.contact_id,
                        kind=objection.kind.value,
                        cause=objection.cause.value,
                        words=objection.words,
                        handling=objection.handling.value if objection.handling else None,
                        resolved=objection.resolved,
                    )
                )
            for gift in clean.gifts:
                s.add(
                    GiftModel(
                        contact_id=clean.contact_id,
                        visit_id=model.id,
                        day=clean.day,
                        item=gift.item,
                        value_fen=round(gift.value_yuan * 100),
                        occasion="",
                    )
                )
            if clean.next_step and clean.next_date is not None:
                s.add(
                    FollowUpModel(
                        contact_id=clean.contact_id,
                        visit_id=model.id,
                        due=clean.next_date,
                        text=clean.next_step,
                    )
                )
            moved = clean.stage is not None and contact.stage != clean.stage.value
            if moved:
                stage = clean.stage
                self._contacts.change_in(
                    s,
                    clean.contact_id,
                    lambda c: replace(c, stage=stage),
                    # The client moved at the visit, whenever it is logged.
                    stage_since=dt.datetime.combine(clean.day, now.time()),
                )
            met = contact.introduced_by_id is not None and self._first_met(s, clean.contact_id, now)
            s.flush()
            return model.id, moved, met

    @staticmethod
    def _first_met(s: Session, contact_id: int, now: dt.datetime) -> bool:
        dossier = s.get(DossierModel, contact_id)
        if dossier is None:
            dossier = DossierModel(contact_id=contact_id, updated_at=now, version=1)
            s.add(dossier)
        elif dossier.introduction not in (None, Introduction.INTRODUCED.value):
            return False  # met, a client or declined already
        else:
            claim(s, DossierModel, DossierModel.contact_id, contact_id, None)
            s.refresh(dossier)
        dossier.introduction = Introduction.MET.value
        dossier.updated_at = now
        return True

    def set_stage(self, contact_id: int, stage: Stage | None) -> bool:
        """Move a client to another stage (the board); False if already there."""
        with self._store.session() as s:
            contact = self._living(s, contact_id)
            if contact.stage == (stage.value if stage else None):
                return False
            self._contacts.change_in(s, contact_id, lambda c: replace(c, stage=stage))
            return True

    def resolve_objection(self, objection_id: int) -> int:
        """Mark an objection resolved (it leaves the dossier and the briefing); returns
        its contact's id."""
        with self._store.session() as s:
            model = s.get(ObjectionModel, objection_id)
            if model is None:
                raise ObjectionNotFound(objection_id)
            model.resolved = True
            return model.contact_id

    def correct_visit_notes(self, visit_id: int, notes: str) -> int:
        """Put right the notes of a logged visit (a typo, a line forgotten); returns its
        contact's id. What else the visit set off (follow-ups, objections, the stage)
        is changed where it lives."""
        return self._correct(VisitLogModel, visit_id, "notes", checked_notes(notes))

    def correct_call_note(self, call_id: int, note: str) -> int:
        """Put right the note of a logged call; returns its contact's id."""
        return self._correct(CallLogModel, call_id, "note", checked_notes(note, "note"))

    def _correct(self, model: type[Log], log_id: int, column: str, text: str) -> int:
        with self._store.session() as s:
            log = s.get(model, log_id)
            if log is None:
                raise LogNotFound(log_id)
            setattr(log, column, text)
            return log.contact_id

    def withdraw_visit(self, visit_id: int) -> Withdrawn:
        """Take back a visit logged by mistake (the wrong client, a visit that did not
        take place), in one transaction: the log, its objections, gifts and next step go;
        the planned visit it closed is booked again; the stage it moved the client to
        goes back, when that is still the client's latest move (a later move stands)."""
        now = self._now()
        with self._store.session() as s:
            log = s.get(VisitLogModel, visit_id)
            if log is None:
                raise LogNotFound(visit_id)
            contact_id, removed = log.contact_id, 0
            for model in (ObjectionModel, GiftModel, FollowUpModel):
                rows = s.scalars(select(model).where(model.visit_id == visit_id)).all()
                for row in rows:
                    s.delete(row)
                removed += len(rows)
            plan_day = self._reopen_plan(s, log, now)
            stage_back = self._stage_back(s, log, now)
            s.delete(log)
            return Withdrawn(contact_id, stage_back, plan_day, removed)

    @staticmethod
    def _reopen_plan(s: Session, log: VisitLogModel, now: dt.datetime) -> dt.date | None:
        plan = s.get(VisitPlanModel, log.plan_id) if log.plan_id is not None else None
        if plan is None or plan.status != VisitStatus.DONE.value:
            return None
        others = s.scalar(
            select(VisitLogModel.id).where(
                VisitLogModel.plan_id == plan.id, VisitLogModel.id != log.id
            )
        )
        if others is not None:
            return None  # another log of the same visit still says it took place
        claim(s, VisitPlanModel, VisitPlanModel.id, plan.id, None)
        s.refresh(plan)
        plan.status = VisitStatus.BOOKED.value
        plan.sequence = (plan.sequence or 0) + 1  # the phone's calendar takes it back
        plan.updated_at = now
        return plan.day

    @staticmethod
    def _stage_back(s: Session, log: VisitLogModel, now: dt.datetime) -> bool:
        """The move the log made (dated the visit's day at the time it was logged) is
        taken out of the history, and the client is at the stage before it again."""
        if log.stage is None:
            return False
        moves = s.scalars(
            select(StageChangeModel)
            .where(StageChangeModel.contact_id == log.contact_id)
            .order_by(StageChangeModel.id.desc())
            .limit(2)
        ).all()
        contact = s.get(ContactModel, log.contact_id)
        made = dt.datetime.combine(log.day, log.created_at.time())
        if (
            len(moves) < 2  # where the client stood before is not known
            or contact is None
            or contact.stage != log.stage
            or (moves[0].stage, moves[0].since) != (log.stage, made)
        ):
            return False
        claim(s, ContactModel, ContactModel.id, log.contact_id, None)
        s.refresh(contact)
        contact.stage = moves[1].stage
        contact.updated_at = now
        s.delete(moves[0])
        return True

    def withdraw_call(self, call_id: int) -> int:
        """Take back a call logged by mistake (and its call-back); returns its client."""
        with self._store.session() as s:
            call = s.get(CallLogModel, call_id)
            if call is None:
                raise LogNotFound(call_id)
            s.delete(call)
            return call.contact_id

    def finish_follow_up(self, follow_up_id: int, done: bool = True) -> int:
        """Mark a follow-up done (or not done again); returns its contact's id."""
        with self._store.session() as s:
            model = s.get(FollowUpModel, follow_up_id)
            if model is None:
                raise FollowUpNotFound(follow_up_id)
            model.done_at = self._now() if done else None
            return model.contact_id

    def snooze_follow_up(self, follow_up_id: int, due: dt.date) -> int:
        """Move a follow-up to another day; returns its contact's id."""
        with self._store.session() as s:
            model = s.get(FollowUpModel, follow_up_id)
            if model is None:
                raise FollowUpNotFound(follow_up_id)
            model.due = due
            return model.contact_id

    # -- reading ------------------------------------------------------------------------

    def activity_of(self, contact_id: int) -> ContactActivity:
        with self._store.session() as s:
            self._living(s, contact_id)
            changes = s.scalars(
                select(StageChangeModel)
                .where(StageChangeModel.contact_id == contact_id)
                .order_by(StageChangeModel.since, StageChangeModel.id)
            ).all()
            follow_ups = s.scalars(
                select(FollowUpModel)
                .where(FollowUpModel.contact_id == contact_id)
                .order_by(FollowUpModel.due, FollowUpModel.id)
            ).all()
            objections = s.scalars(
                select(ObjectionModel)
                .where(ObjectionModel.contact_id == contact_id, ~ObjectionModel.resolved)
                .order_by(ObjectionModel.id)
            ).all()
            visits = s.scalars(
                select(VisitLogModel)
                .where(VisitLogModel.contact_id == contact_id)
                .order_by(VisitLogModel.day.desc(), VisitLogModel.id.desc())
                .limit(RECENT_LOGS)
                .options(selectinload(VisitLogModel.objections), selectinload(VisitLogModel.gifts))
            ).all()
            calls = s.scalars(
                select(CallLogModel)
                .where(CallLogModel.contact_id == contact_id)
                .order_by(CallLogModel.at.desc(), CallLogModel.id.desc())
                .limit(RECENT_LOGS)
            ).all()
            return ContactActivity(
                stage_history=tuple(
                    StageChange(Stage(c.stage) if c.stage else None, c.since) for c in changes
                ),
                follow_ups=tuple(
                    FollowUp(f.contact_id, f.due, f.text, f.done_at is not None, f.visit_id, f.id)
                    for f in follow_ups
                ),
                open_objections=tuple(_objection(o) for o in objections),
                recent_visits=tuple(_visit(m) for m in visits),
                recent_calls=tuple(
                    CallLog(
                        m.contact_id, m.at, CallOutcome(m.outcome), m.note, m.call_back_at, m.id
                    )
                    for m in calls
                ),
            )

    def visits_of(self, contact_id: int) -> list[VisitLog]:
        """The contact's visit logs, latest first."""
        with self._store.session() as s:
            models = s.scalars(
                select(VisitLogModel)
                .where(VisitLogModel.contact_id == contact_id)
                .order_by(VisitLogModel.day.desc(), VisitLogModel.id.desc())
                .options(selectinload(VisitLogModel.objections), selectinload(VisitLogModel.gifts))
            ).all()
            return [_visit(m) for m in models]

    def report(self, start: dt.date, end: dt.date) -> Report:
        """The figures of the days from `start` to `end` (both included), each an
        aggregate the database computes over its indexes."""
        after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        since = dt.datetime.combine(start, dt.time())
        read = self._store.read
        period = {"since": since, "after": after, "start": start, "end": end}
        calls: dict[dt.date, dict[str, int]] = defaultdict(dict)
        for day, outcome, count in read(
            "SELECT date(at), outcome, count(*) FROM call_logs "
            "WHERE at >= :since AND at < :after GROUP BY date(at), outcome",
            period,
        ):
            calls[_day(day)][outcome] = int(count)
        weeks: Counter[str] = Counter()
        logged = reached = 0
        for day, count, purpose in read(
            "SELECT day, count(*), sum(CASE WHEN purpose_reached THEN 1 ELSE 0 END) "
            "FROM visit_logs WHERE day >= :start AND day <= :end GROUP BY day",
            period,
        ):
            year, week, _ = _day(day).isocalendar()
            weeks[f"{year}-W{week:02d}"] += int(count)
            logged += int(count)
            reached += int(purpose or 0)
        stages = {
            str(stage): int(count)
            for stage, count in read(
                "SELECT stage, count(*) FROM contacts "
                "WHERE deleted_at IS NULL AND stage IS NOT NULL GROUP BY stage"
            )
        }
        moves = self._stage_moves(since, after)
        by_kind: Counter[str] = Counter()
        by_cause: Counter[str] = Counter()
        open_ = resolved = 0
        for kind, cause, done, count in read(
            "SELECT o.kind, o.cause, o.resolved, count(*) FROM objections o "
            "JOIN visit_logs v ON v.id = o.visit_id "
            "WHERE v.day >= :start AND v.day <= :end GROUP BY o.kind, o.cause, o.resolved",
            period,
        ):
            by_kind[kind] += int(count)
            by_cause[cause] += int(count)
            if done:
                resolved += int(count)
            else:
                open_ += int(count)
        referrals = {
            str(name): int(count)
            for name, count in read(
                "SELECT i.name, count(*) FROM contacts c JOIN contacts i "
                "ON i.id = c.introduced_by_id WHERE c.created_at >= :since "
                "AND c.created_at < :after AND c.deleted_at IS NULL GROUP BY i.id, i.name "
                "ORDER BY count(*) DESC, i.name",
                period,
            )
        }
        return Report(
            start=start,
            end=end,
            calls_per_day=dict(sorted(calls.items())),
            visits_per_week=dict(sorted(weeks.items())),
            visits_logged=logged,
            purpose_reached=reached,
            stages=stages,
            stage_moves=moves,
            objections_by_kind=dict(by_kind),
            objections_by_cause=dict(by_cause),
            objections_open=open_,
            objections_resolved=resolved,
            referrals_by_introducer=referrals,
        )

    def _stage_moves(
        self, since: dt.datetime, after: dt.datetime
    ) -> list[tuple[str | None, str | None, int]]:
        """(from, to, count) of the stage changes in the period: each change paired with
        the contact's change before it (from None: the first stage a contact got)."""
        rows = self._store.read(
            "SELECT m.before, m.stage, count(*) FROM (SELECT s.stage, s.since, "
            "lag(s.stage) OVER (PARTITION BY s.contact_id ORDER BY s.since, s.id) AS before "
            "FROM stage_changes s WHERE s.since < :after AND s.contact_id IN "
            "(SELECT contact_id FROM stage_changes WHERE since >= :since AND since < :after)) m "
            "WHERE m.since >= :since GROUP BY m.before, m.stage ORDER BY count(*) DESC",
            {"since": since, "after": after},
        )
        return [(before, stage, int(n)) for before, stage, n in rows]


def _objection(o: ObjectionModel) -> Objection:
    handling = Handling(o.handling) if o.handling else None
    return Objection(
        ObjectionKind(o.kind), ObjectionCause(o.cause), o.words, handling, o.resolved, o.id
    )


def _visit(m: VisitLogModel) -> VisitLog:
    return VisitLog(
        contact_id=m.contact_id,
        day=m.day,
        plan_id=m.plan_id,
        met=m.met,
        purpose_reached=m.purpose_reached,
        signal=Signal(m.signal) if m.signal else None,
        signals_seen=tuple(line for line in m.signals_seen.split("\n") if line),
        objections=tuple(_objection(o) for o in m.objections),
        closing=Closing(m.closing) if m.closing else None,
        products=m.products,
        stage=Stage(m.stage) if m.stage else None,
        next_step=m.next_step,
        next_date=m.next_date,
        gifts=tuple(Gift(g.item, g.value_fen / 100) for g in m.gifts),
        notes=m.notes,
        id=m.id,
    )


def _day(value: object) -> dt.date:
    """A date as the driver gives it back (SQLite: text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
