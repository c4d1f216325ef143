"""After the visit: logging calls and visits, a contact's history, the period's figures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rmdesk.services.events import (
    ActivityChanged,
    Change,
    ContactsChanged,
    DossierChanged,
    Events,
    VisitsChanged,
)
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.activity.records import ActivityBook
    from rmdesk.domain.activity import (
        CallLog,
        CallTarget,
        ContactActivity,
        Pipeline,
        PipelineFilter,
        Report,
        VisitLog,
        Withdrawn,
    )
    from rmdesk.domain.kinds import Stage


class ActivityService:
    """Each method is one use case in one transaction; writes announce what changed.
    The ORM loads on first use, not at start."""

    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events
        self._records: ActivityBook | None = None

    @property
    def _book(self) -> ActivityBook:
        if self._records is None:
            from rmdesk.activity.records import ActivityBook

            self._records = ActivityBook(self._store)
        return self._records

    def log_call(self, call: CallLog) -> int:
        call_id = self._book.log_call(call)
        self._events.publish(ActivityChanged((call.contact_id,)))
        return call_id

    def log_visit(self, log: VisitLog) -> int:
        """The visit, its objections, gifts and next step; the client's new stage; the
        report-back task of a client someone introduced."""
        visit_id, moved, met = self._book.log_visit(log)
        events: list[Change] = [ActivityChanged((log.contact_id,))]
        if moved:
            events.append(ContactsChanged((log.contact_id,)))
        if met:  # the introducer is owed a report and thanks
            events.append(DossierChanged(log.contact_id))
        self._events.publish(*events)
        return visit_id

    def set_stage(self, contact_id: int, stage: Stage | None) -> None:
        """A card dragged to another column: the client's stage, into the history."""
        if self._book.set_stage(contact_id, stage):
            self._events.publish(ContactsChanged((contact_id,)), ActivityChanged((contact_id,)))

    def call_list(
        self, chosen: PipelineFilter, stage: Stage | None, limit: int
    ) -> list[CallTarget]:
        """Prospects to call today: by stage, tie, district; longest since a call first."""
        from rmdesk.activity.calls import call_list

        return call_list(self._store, chosen, stage, limit)

    def call_targets(self, ids: list[int]) -> list[CallTarget]:
        """The contacts the RM chose by hand, as lines of the call list."""
        from rmdesk.activity.calls import call_targets

        return call_targets(self._store, ids)

    def pipeline(self, board: PipelineFilter) -> Pipeline:
        from rmdesk.activity.pipeline import pipeline

        return pipeline(self._store, board, dt.datetime.now())

    def resolve_objection(self, objection_id: int) -> None:
        contact_id = self._book.resolve_objection(objection_id)
        self._events.publish(ActivityChanged((contact_id,)))

    def correct_visit_notes(self, visit_id: int, notes: str) -> None:
        contact_id = self._book.correct_visit_notes(visit_id, notes)
        self._events.publish(ActivityChanged((contact_id,)))

    def correct_call_note(self, call_id: int, note: str) -> None:
        contact_id = self._book.correct_call_note(call_id, note)
        self._events.publish(ActivityChanged((contact_id,)))

    def withdraw_visit(self, visit_id: int) -> Withdrawn:
        """A visit logged by mistake taken back, with what it set off (see ActivityBook)."""
        done = self._book.withdraw_visit(visit_id)
        events: list[Change] = [ActivityChanged((done.contact_id,))]
        if done.stage_back:
            events.append(ContactsChanged((done.contact_id,)))
        if done.plan_day is not None:
            events.append(VisitsChanged((done.plan_day,)))
        self._events.publish(*events)
        return done

    def withdraw_call(self, call_id: int) -> None:
        contact_id = self._book.withdraw_call(call_id)
        self._events.publish(ActivityChanged((contact_id,)))

    def finish_follow_up(self, follow_up_id: int, done: bool = True) -> None:
        contact_id = self._book.finish_follow_up(follow_up_id, done)
        self._events.publish(ActivityChanged((contact_id,)))

    def snooze_follow_up(self, follow_up_id: int, due: dt.date) -> None:
        contact_id = self._book.snooze_follow_up(follow_up_id, due)
        self._events.publish(ActivityChanged((contact_id,)))

    def activity_of(self, contact_id: int) -> ContactActivity:
        return self._book.activity_of(contact_id)

    def visits_of(self, contact_id: int) -> list[VisitLog]:
        return self._book.visits_of(contact_id)

    def report(self, start: dt.date, end: dt.date) -> Report:
        return self._book.report(start, end)
