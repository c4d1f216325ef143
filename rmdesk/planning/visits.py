"""Visit plans and the branch, in and out of the database (through the ORM).

Imported when planning is first used, never at start: it loads SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from rmdesk.domain.errors import ContactNotFound, EditConflict, VisitNotFound
from rmdesk.domain.kinds import (
    AddressKind,
    Audience,
    Formality,
    Setting,
    VisitPurpose,
    VisitStatus,
    optional,
)
from rmdesk.domain.visit import (
    Branch,
    MaterialItem,
    VisitMode,
    VisitPlan,
    VisitTime,
    branch_from_json,
    branch_to_json,
    validate_visit,
)
from rmdesk.store.database import Store
from rmdesk.store.models import (
    BookSettingModel,
    CalendarSyncModel,
    ContactModel,
    VisitMaterialModel,
    VisitPlanModel,
)
from rmdesk.store.versions import claim

OPEN = (VisitStatus.PROPOSED, VisitStatus.BOOKED)
BRANCH_KEY = "branch"


def _hhmm(t: dt.time) -> str:
    return t.strftime("%H:%M")


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _to_plan(m: VisitPlanModel) -> VisitPlan:
    return VisitPlan(
        id=m.id,
        uid=m.uid,
        contact_id=m.contact_id,
        status=VisitStatus(m.status),
        purpose=VisitPurpose(m.purpose),
        content=m.content,
        time=VisitTime(m.day, m.fixed, _time(m.window_start), _time(m.window_end), m.duration_min),
        person_name=m.person_name,
        person_role=m.person_role,
        place_text=m.place_text,
        place_lat=m.place_lat,
        place_lon=m.place_lon,
        address_kind=optional(AddressKind, m.address_kind),
        mode=VisitMode(Formality(m.formality), Setting(m.setting), Audience(m.audience)),
        route_order=m.route_order,
        route_arrive=m.route_arrive,
        route_depart=m.route_depart,
        strategy=m.strategy,
        materials=[MaterialItem(x.item, x.packed) for x in m.materials],
        sequence=m.sequence,
        modified=m.updated_at,
        version=m.version,
    )


def _fill(m: VisitPlanModel, p: VisitPlan) -> None:
    m.contact_id = p.contact_id
    m.status = p.status.value
    m.purpose = p.purpose.value
    m.content = p.content
    m.day = p.time.day
    m.fixed = p.time.fixed
    m.window_start = _hhmm(p.time.window_start)
    m.window_end = _hhmm(p.time.window_start if p.time.fixed else p.time.window_end)
    m.duration_min = p.time.duration_min
    m.person_name = p.person_name
    m.person_role = p.person_role
    m.place_text = p.place_text
    m.place_lat = p.place_lat
    m.place_lon = p.place_lon
    m.address_kind = p.address_kind.value if p.address_kind else None
    m.formality = p.mode.formality.value
    m.setting = p.mode.setting.value
    m.audience = p.mode.audience.value
    m.route_order = p.route_order
    m.route_arrive = p.route_arrive
    m.route_depart = p.route_depart
    m.strategy = p.strategy
    m.materials = [
        VisitMaterialModel(position=i, item=x.item, packed=x.packed)
        for i, x in enumerate(p.materials)
    ]


def _calendar_view(plan: VisitPlan) -> tuple[object, ...]:
    """What a calendar shows of a plan: a change here raises its SEQUENCE (the route the
    planner writes is not part of it)."""
    return (
        plan.contact_id, plan.status, plan.purpose, plan.content, plan.time,
        plan.person_name, plan.person_role, plan.place_text, plan.place_lat, plan.place_lon,
        plan.address_kind, plan.mode, plan.strategy, tuple(plan.materials),
    )  # fmt: skip


class VisitBook:
    """Visit plans and the branch on one open store."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock

    @property
    def store(self) -> Store:
        return self._store

    def _now(self) -> dt.datetime:
        return self._clock.now().replace(microsecond=0)

    # -- plans ------------------------------------------------------------------------

    def save(self, plan: VisitPlan) -> int:
        """Create or update a plan; returns its id. Validation problems raise InvalidVisit
        and write nothing; EditConflict when someone else saved it since it was read."""
        validate_visit(plan)
        with self._store.session() as s:
            return self._save(s, plan, self._now())

    def apply_all(
        self,
        saves: Sequence[VisitPlan],
        cancels: Sequence[tuple[int, int | None]] = (),
        seen: Sequence[tuple[str, str]] = (),
    ) -> int:
        """Save plans and cancel others (id, the version read) in one transaction: all
        of it or, on any conflict or problem, none. `seen` (uid, etag): the phone's
        versions the user has settled, counted as seen in the same transaction. Returns
        how many changed."""
        for plan in saves:
            validate_visit(plan)
        now = self._now()
        with self._store.session() as s:
            for plan in saves:
                self._save(s, plan, now)
            for plan_id, version in cancels:
                self._claim(s, plan_id, version, None)
                m = s.get(VisitPlanModel, plan_id)
                assert m is not None
                if m.status != VisitStatus.CANCELLED.value:
                    m.status = VisitStatus.CANCELLED.value
                    m.sequence = (m.sequence or 0) + 1
                    m.updated_at = now
            for uid, etag in seen:
                s.execute(
                    update(CalendarSyncModel)
                    .where(CalendarSyncModel.owner == self._store.user)
                    .where(CalendarSyncModel.uid == uid)
                    .values(etag=etag, fingerprint="")
                )
            return len(saves) + len(cancels)

    def _claim(self, s: Session, plan_id: int, version: int | None, mine: object) -> None:
        if not claim(s, VisitPlanModel, VisitPlanModel.id, plan_id, version):
            theirs = s.get(
                VisitPlanModel, plan_id, options=[selectinload(VisitPlanModel.materials)]
            )
            if theirs is None and version is None:
                raise VisitNotFound(plan_id)
            raise EditConflict("visit", plan_id, mine, _to_plan(theirs) if theirs else None)

    def _save(self, s: Session, plan: VisitPlan, now: dt.datetime) -> int:
        if s.get(ContactModel, plan.contact_id) is None:
            raise ContactNotFound(plan.contact_id)
        if plan.id is None:
            model = VisitPlanModel(
                uid=plan.uid or f"{uuid.uuid4()}@rmdesk", created_at=now, sequence=0, version=1
            )
            s.add(model)
        else:
            self._claim(s, plan.id, plan.version, plan)
            found = s.get(VisitPlanModel, plan.id, options=[selectinload(VisitPlanModel.materials)])
            assert found is not None  # claimed above, in this transaction
            model = found
            before = _to_plan(model)
            if _calendar_view(before) != _calendar_view(plan):
                model.sequence = (model.sequence or 0) + 1
        _fill(model, plan)
        model.updated_at = now
        s.flush()
        return model.id

    def add_flexible(
        self,
        contact_ids: Sequence[int],
        day: dt.date,
        minutes: int = 45,
        addresses: Mapping[int, AddressKind | None] | None = None,
    ) -> list[int]:
        """Proposed flexible visits on `day`, allowed all working day, for each contact
        (in one transaction: all or none), each to the address `addresses` names (the
        first when it names none). Returns the new plans' ids."""
        branch = self.branch()
        now = self._now()
        made = []
        for cid in contact_ids:
            plan = VisitPlan(
                contact_id=cid,
                time=VisitTime.flexible(day, branch.work_start, branch.work_end, minutes),
                address_kind=(addresses or {}).get(cid),
            )
            validate_visit(plan)
            made.append(plan)
        with self._store.session() as s:
            missing = set(contact_ids) - set(
                s.scalars(select(ContactModel.id).where(ContactModel.id.in_(list(contact_ids))))
            )
            if missing:
                raise ContactNotFound(min(missing))
            models = []
            for plan in made:
                model = VisitPlanModel(uid=f"{uuid.uuid4()}@rmdesk", created_at=now)
                _fill(model, plan)
                model.updated_at = now
                s.add(model)
                models.append(model)
            s.flush()
            return [m.id for m in models]

    def get(self, plan_id: int) -> VisitPlan:
        with self._store.session() as s:
            m = s.get(VisitPlanModel, plan_id, options=[selectinload(VisitPlanModel.materials)])
            if m is None:
                raise VisitNotFound(plan_id)
            return _to_plan(m)

    def _list(self, *where: object) -> list[VisitPlan]:
        with self._store.session() as s:
            query = (
                select(VisitPlanModel)
                .where(*where)  # type: ignore[arg-type]
                .options(selectinload(VisitPlanModel.materials))
                .order_by(VisitPlanModel.day, VisitPlanModel.window_start, VisitPlanModel.id)
            )
            return [_to_plan(m) for m in s.scalars(query)]

    def for_day(self, day: dt.date, statuses: Sequence[VisitStatus] = OPEN) -> list[VisitPlan]:
        """The user's plans of the day (their schedule, not a colleague's), by start."""
        return self._list(
            VisitPlanModel.owner == self._store.user,
            VisitPlanModel.day == day,
            VisitPlanModel.status.in_([st.value for st in statuses]),
        )

    def between(
        self, first: dt.date, last: dt.date, statuses: Sequence[VisitStatus] = OPEN
    ) -> list[VisitPlan]:
        """The user's plans of the days first..last."""
        return self._list(
            VisitPlanModel.owner == self._store.user,
            VisitPlanModel.day >= first,
            VisitPlanModel.day <= last,
            VisitPlanModel.status.in_([st.value for st in statuses]),
        )

    def for_contact(self, contact_id: int) -> list[VisitPlan]:
        return self._list(VisitPlanModel.contact_id == contact_id)

    def set_status(self, ids: Iterable[int], status: VisitStatus) -> int:
        ids = list(ids)
        now = self._now()
        with self._store.session() as s:
            changed = 0
            for m in s.scalars(select(VisitPlanModel).where(VisitPlanModel.id.in_(ids))):
                if m.status != status.value:
                    m.status = status.value
                    m.sequence = (m.sequence or 0) + 1
                    m.version = (m.version or 0) + 1
                    m.updated_at = now
                    changed += 1
            return changed

    def delete(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        with self._store.session() as s:
            result = s.execute(delete(VisitPlanModel).where(VisitPlanModel.id.in_(ids)))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def save_route(
        self, day: dt.date, stops: Sequence[tuple[int, dt.datetime, dt.datetime]]
    ) -> None:
        """Write the planner's result (plan id, arrive, depart, in order) into the day's
        plans; plans of that day not in the route lose their old route."""
        order = {pid: (i + 1, arrive, depart) for i, (pid, arrive, depart) in enumerate(stops)}
        with self._store.session() as s:
            mine = select(VisitPlanModel).where(
                VisitPlanModel.owner == self._store.user, VisitPlanModel.day == day
            )
            for m in s.scalars(mine):
                m.route_order, m.route_arrive, m.route_depart = order.get(m.id, (None, None, None))

    def next_visits(self, today: dt.date) -> dict[int, dt.datetime]:
        """Per contact, the start of their next open visit from today on (for popups)."""
        with self._store.session() as s:
            rows = s.execute(
                select(VisitPlanModel.contact_id, VisitPlanModel.day, VisitPlanModel.window_start)
                .where(
                    VisitPlanModel.day >= today,
                    VisitPlanModel.status.in_([st.value for st in OPEN]),
                )
                .order_by(VisitPlanModel.day.desc(), VisitPlanModel.window_start.desc())
            )
            found: dict[int, dt.datetime] = {}
            for cid, day, start in rows:
                found[cid] = dt.datetime.combine(day, _time(start))
            return found

    # -- the branch -------------------------------------------------------------------

    def branch(self) -> Branch:
        with self._store.session() as s:
            found = s.get(BookSettingModel, BRANCH_KEY)
            return branch_from_json(found.value if found is not None else "")

    def set_branch(self, branch: Branch) -> None:
        with self._store.session() as s:
            s.merge(BookSettingModel(key=BRANCH_KEY, value=branch_to_json(branch)))
