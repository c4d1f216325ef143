"""Complaints in the database: saved whole (the facts and every step done) in one
transaction; listed open first; the overdue ones (not closed by their deadline) for
Today, read through the (closed_on, deadline) index."""

from __future__ import annotations

import datetime as dt

from rmdesk.domain.errors import ContactNotFound, RmdeskError
from rmdesk.domain.keeping import Complaint, StepDone, validate_complaint
from rmdesk.domain.kinds import ComplaintStep
from rmdesk.keeping.lists import name_of
from rmdesk.store.database import Store, as_date

FACTS = ("who", "what", "when", "where", "why")  # stored as fact_who ... fact_why


class ComplaintNotFound(RmdeskError):
    code = "complaint_not_found"

    def __init__(self, complaint_id: int) -> None:
        self.complaint_id = complaint_id
        super().__init__(f"no complaint with id {complaint_id}")


def save(store: Store, complaint: Complaint, now: dt.datetime | None = None) -> int:
    """Add a complaint (no id) or replace one with this; returns its id."""
    from rmdesk.store.activity_models import ComplaintModel, ComplaintStepModel
    from rmdesk.store.models import ContactModel

    c = validate_complaint(complaint)
    with store.session() as s:
        contact = s.get(ContactModel, c.contact_id)
        if contact is None or contact.deleted_at is not None:
            raise ContactNotFound(c.contact_id)
        if c.id is None:
            model = ComplaintModel(created_at=now or dt.datetime.now().replace(microsecond=0))
            s.add(model)
        else:
            found = s.get(ComplaintModel, c.id)
            if found is None:
                raise ComplaintNotFound(c.id)
            model = found
        model.contact_id = c.contact_id
        model.received = c.received
        model.owner = c.owner
        model.deadline = c.deadline
        model.summary = c.summary
        for fact in FACTS:
            setattr(model, f"fact_{fact}", getattr(c, fact))
        model.fix = c.fix
        model.outcome = c.outcome
        model.follow_up = c.follow_up
        model.steps = [
            ComplaintStepModel(step=done.step.value, day=done.day, by=done.by) for done in c.steps
        ]
        model.closed_on = next(
            (done.day for done in c.steps if done.step is ComplaintStep.THANK), None
        )
        s.flush()
        return model.id


def complaints(store: Store, contact_id: int | None = None) -> list[Complaint]:
    """Every complaint (or a client's), open ones first, then the latest received."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from rmdesk.store.activity_models import ComplaintModel
    from rmdesk.store.models import ContactModel

    query = (
        select(ComplaintModel, ContactModel.name)
        .join(ContactModel, ContactModel.id == ComplaintModel.contact_id)
        .where(ContactModel.deleted_at.is_(None))
        .options(selectinload(ComplaintModel.steps))
        .order_by(
            ComplaintModel.closed_on.is_not(None),
            ComplaintModel.received.desc(),
            ComplaintModel.id.desc(),
        )
    )
    if contact_id is not None:
        query = query.where(ComplaintModel.contact_id == contact_id)
    with store.session() as s:
        return [_complaint(m, name) for m, name in s.execute(query)]


def _complaint(m: object, client: str) -> Complaint:
    from rmdesk.store.activity_models import ComplaintModel

    assert isinstance(m, ComplaintModel)
    return Complaint(
        m.contact_id,
        m.received,
        m.owner,
        m.deadline,
        m.summary,
        who=m.fact_who,
        what=m.fact_what,
        when=m.fact_when,
        where=m.fact_where,
        why=m.fact_why,
        fix=m.fix,
        outcome=m.outcome,
        follow_up=m.follow_up,
        steps=tuple(StepDone(ComplaintStep(s.step), s.day, s.by) for s in m.steps),
        id=m.id,
        client=client,
    )


def overdue(store: Store, today: dt.date) -> list[tuple[int, int, dt.date, str, str]]:
    """(id, contact id, deadline, summary, client) of complaints still open after their
    deadline, the longest overdue first."""
    rows = store.read(
        f"SELECT k.id, k.contact_id, k.deadline, k.summary, {name_of('k.contact_id')} "
        "FROM complaints k WHERE k.closed_on IS NULL AND k.deadline < :today "
        "ORDER BY k.deadline, k.id",
        {"today": today},
    )
    return [
        (cid, contact, as_date(deadline) or today, summary, name)
        for cid, contact, deadline, summary, name in rows
        if name is not None
    ]
