"""Write a demo book: Chinese names, ties with details, companies, addresses with districts
and coordinates in 台州, referral chains. The same seed gives the same book.

Rows are written in bulk (SQLAlchemy Core executemany) in one transaction: cancelling or
failing half-way leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from rmdesk.contacts.pinyin import sort_key
from rmdesk.demo.dossiers import dossier_rows
from rmdesk.demo.history import activity_rows, stage_rows
from rmdesk.demo.keeping import keeping_rows
from rmdesk.demo.taizhou import CITY, DISTRICTS, PROVINCE
from rmdesk.demo.words import (
    COMPANY_WORDS,
    COMPOUND,
    EPOCH,
    GIVEN,
    HOBBIES,
    INDUSTRIES,
    MOBILE_PREFIXES,
    NOTES,
    OCCUPATIONS,
    STRATEGIES,
    SURNAMES,
    TAGS,
    TIE_DETAILS,
    TITLES,
    VISIT_CONTENT,
)
from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    Audience,
    CalendarKind,
    Education,
    Formality,
    FriendKind,
    Gender,
    IncomeBand,
    LeadSource,
    MaritalStatus,
    Material,
    PhoneLabel,
    Setting,
    Stage,
    TieKind,
    VisitPurpose,
    VisitStatus,
)
from rmdesk.domain.visit import Branch, branch_to_json
from rmdesk.planning.holidays import is_working_day
from rmdesk.store.activity_models import (
    CallLogModel,
    ComplaintModel,
    ComplaintStepModel,
    FollowUpModel,
    GiftModel,
    KeyClientPlanModel,
    ObjectionModel,
    ProductModel,
    StageChangeModel,
    VisitLogModel,
)
from rmdesk.store.database import Store
from rmdesk.store.models import (
    AddressModel,
    Base,
    BookSettingModel,
    CompanyModel,
    CompanyRoleModel,
    ContactModel,
    DossierEventModel,
    DossierJobModel,
    DossierModel,
    DossierPersonModel,
    FriendKindModel,
    IndustryModel,
    PhoneModel,
    TagModel,
    TieModel,
    VisitMaterialModel,
    VisitPlanModel,
)

CHUNK = 2000


class DemoBookNotEmpty(RmdeskError):
    code = "demo_not_empty"

    def __init__(self, location: str, count: int) -> None:
        self.location = location
        self.count = count
        super().__init__(
            f"{location} already holds {count} contacts; the demo book is written only into "
            "a new or empty file, so that it never mixes with real data"
        )


class Cancelled(RmdeskError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


@dataclass
class _Rows:
    contacts: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    ties: list[dict[str, Any]]
    friends: list[dict[str, Any]]
    tags: list[dict[str, Any]]


def _table(model: type[Base]) -> Table:
    # Core inserts (one executemany a batch) are several times faster than ORM bulk ones.
    return cast(Table, model.__table__)


class DemoWriter:
    """Generates the demo book's rows, chunk by chunk, from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.companies = [self._company() for _ in range(600)]

    def _company(self) -> str:
        r = self.rng
        suffix = r.choice(("有限公司", "股份有限公司", "有限公司"))
        place = r.choice(("台州", "浙江", "台州市"))
        return f"{place}{r.choice(COMPANY_WORDS)}{r.choice(INDUSTRIES)}{suffix}"

    def _name(self) -> str:
        r = self.rng
        surname = r.choice(COMPOUND) if r.random() < 0.01 else r.choice(SURNAMES)
        given = "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
        return surname + given

    def _address(
        self, cid: int, position: int, kind: AddressKind, located: float
    ) -> dict[str, Any]:
        """A street address in a random district, with WGS-84 coordinates near its centre
        for the share `located` of addresses."""
        r = self.rng
        district = r.choice(list(DISTRICTS))
        lat0, lon0, streets = DISTRICTS[district]
        has_point = r.random() < located
        return {
            "contact_id": cid,
            "position": position,
            "kind": kind.value,
            "text": f"{CITY}{district}{r.choice(streets)}{r.randint(1, 999)}号",
            "province": PROVINCE,
            "city": CITY,
            "district": district,
            "lat": round(lat0 + r.gauss(0, 0.018), 6) if has_point else None,
            "lon": round(lon0 + r.gauss(0, 0.018), 6) if has_point else None,
        }

    def rows(self, first_id: int, count: int, total: int) -> _Rows:
        r = self.rng
        out = _Rows([], [], [], [], [], [])
        for cid in range(first_id, first_id + count):
            name = self._name()
            company = r.choice(self.companies) if r.random() < 0.8 else ""
            gender = r.choice((Gender.MALE, Gender.FEMALE))
            nickname = ("老" + name[0]) if r.random() < 0.15 else ""
            notes = r.choice(NOTES)
            introducer = None
            if cid > 20 and r.random() < 0.3:
                # A few early clients bring many: chains grow from them.
                introducer = (
                    r.randint(1, min(50, cid - 1)) if r.random() < 0.4 else r.randint(1, cid - 1)
                )
            lead = LeadSource.REFERRAL if introducer else r.choice(list(LeadSource))
            birthday: dict[str, Any] = {
                "birthday_calendar": None,
                "birthday_year": None,
                "birthday_month": None,
                "birthday_day": None,
                "birthday_leap": False,
            }
            if r.random() < 0.85:
                lunar = r.random() < 0.2
                year = r.randint(1950, 2000) if r.random() < 0.7 else None
                month = r.randint(1, 12)
                day = r.randint(1, 30 if lunar else 28)
                birthday = {
                    "birthday_calendar": (
                        CalendarKind.LUNAR if lunar else CalendarKind.SOLAR
                    ).value,
                    "birthday_year": year,
                    "birthday_month": month,
                    "birthday_day": day,
                    "birthday_leap": lunar and r.random() < 0.05,
                }
            created = EPOCH + dt.timedelta(minutes=cid * 7)
            out.contacts.append(
                {
                    "id": cid,
                    "name": name,
                    "nickname": nickname,
                    "gender": gender.value,
                    **birthday,
                    "company": company,
                    "title": r.choice(TITLES) if company else "",
                    "occupation": r.choice(OCCUPATIONS),
                    "education": r.choice(list(Education)).value if r.random() < 0.7 else None,
                    "marital_status": r.choice(list(MaritalStatus)).value
                    if r.random() < 0.7
                    else None,
                    "income_band": r.choice(list(IncomeBand)).value if r.random() < 0.6 else None,
                    "hobbies": "、".join(r.sample(HOBBIES, r.randint(0, 3))),
                    "notes": notes,
                    "lead_source": lead.value,
                    **{
                        col: r.choice(list(Answer)).value
                        for col in ("q_need", "q_afford", "q_good_client", "q_authority", "q_value")
                    },
                    "stage": r.choice(list(Stage)).value if r.random() < 0.6 else None,
                    "key_client": r.random() < 0.05,
                    "introduced_by_id": introducer,
                    "sort_key": sort_key(name),
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                }
            )
            numbers = [f"+86{r.choice(MOBILE_PREFIXES)}{r.randint(0, 99999999):08d}"]
            out.phones.append(
                {
                    "contact_id": cid,
                    "position": 0,
                    "label": PhoneLabel.MOBILE.value,
                    "number": numbers[0],
                }
            )
            if company and r.random() < 0.4:
                numbers.append(f"+86576{r.randint(80000000, 89999999)}")
                out.phones.append(
                    {
                        "contact_id": cid,
                        "position": 1,
                        "label": PhoneLabel.WORK.value,
                        "number": numbers[1],
                    }
                )
            out.addresses.append(self._address(cid, 0, AddressKind.HOME, located=0.8))
            if company and r.random() < 0.5:
                out.addresses.append(self._address(cid, 1, AddressKind.WORK, located=1.0))
            if r.random() < 0.9:
                kinds = r.sample(list(TieKind), r.choice((1, 1, 2, 2, 3)))
                for kind in kinds:
                    detail = r.choice(TIE_DETAILS[kind]) if r.random() < 0.7 else ""
                    out.ties.append({"contact_id": cid, "kind": kind.value, "detail": detail})
            if r.random() < 0.3:
                for fk in r.sample(list(FriendKind), r.randint(1, 2)):
                    out.friends.append({"contact_id": cid, "kind": fk.value})
            if r.random() < 0.4:
                for tag in r.sample(TAGS, r.randint(1, 2)):
                    out.tags.append({"contact_id": cid, "tag": tag})
        return out


BRANCH = Branch(
    name="台州椒江支行",
    address="台州市椒江区市府大道288号",
    lat=28.6562,
    lon=121.4208,
)
BRANCH_DISTRICT = "椒江区"
# The districts within an hour's drive of the branch get a day each in turn (Tuesday is
# 路桥区); the far counties (天台, 仙居, 三门) need a day of their own and are left out.
DAY_DISTRICTS = ("椒江区", "路桥区", "黄岩区", "椒江区", "温岭市", "临海市")
PLAN_DAYS = 15  # working days from today that get visits
DONE_DAYS = 60  # calendar days back that get done visits ("last visited")


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def visit_rows(
    seed: int, addresses: list[dict[str, Any]], today: dt.date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Visit plans and their materials for the demo book.

    Each of the next PLAN_DAYS working days gets two or three fixed appointments and
    flexible visits, mostly in one district (RMs batch by area). Every fourth day has two
    appointments that clash, every fifth more visits than a day holds. Some earlier
    visits are done, a few plans cancelled.
    """
    r = random.Random(seed * 7919 + 17)
    by_district: dict[str, list[int]] = {}
    for a in addresses:
        if a["lat"] is not None and a["position"] == 0:
            by_district.setdefault(a["district"], []).append(a["contact_id"])
    districts = sorted(by_district)
    if not districts:
        return [], []
    everyone_located = [cid for d in districts for cid in by_district[d]]
    plans: list[dict[str, Any]] = []
    materials: list[dict[str, Any]] = []
    now = dt.datetime.combine(today, dt.time(8, 0))

    def add(
        cid: int,
        day: dt.date,
        fixed: bool,
        first: int,
        last: int,
        minutes: int,
        status: VisitStatus,
    ) -> None:
        pid = len(plans) + 1
        purpose = r.choice(list(VisitPurpose))
        plans.append(
            {
                "id": pid,
                "uid": f"demo-{seed}-{pid}@rmdesk",
                "contact_id": cid,
                "status": status.value,
                "purpose": purpose.value,
                "content": r.choice(VISIT_CONTENT[purpose]),
                "day": day,
                "fixed": fixed,
                "window_start": _hhmm(first),
                "window_end": _hhmm(first if fixed else last),
                "duration_min": minutes,
                "person_name": "",
                "person_role": "",
                "place_text": "",
                "place_lat": None,
                "place_lon": None,
                "formality": r.choice(list(Formality)).value,
                "setting": r.choice(list(Setting)).value,
                "audience": Audience.ONE_TO_ONE.value
                if r.random() < 0.85
                else Audience.GROUP.value,
                "route_order": None,
                "route_arrive": None,
                "route_depart": None,
                "strategy": r.choice(STRATEGIES),
                "created_at": now,
                "updated_at": now,
            }
        )
        for position, item in enumerate(r.sample(list(Material), r.randint(1, 3))):
            materials.append(
                {"plan_id": pid, "position": position, "item": item.zh, "packed": False}
            )

    day = today
    planned = 0
    while planned < PLAN_DAYS:
        day += dt.timedelta(days=1)
        if not is_working_day(day):  # official holidays and 调休 where known
            continue
        planned += 1
        home = DAY_DISTRICTS[planned % len(DAY_DISTRICTS)]
        pool = by_district.get(home) or by_district[districts[0]]
        nearby = by_district.get(BRANCH_DISTRICT) or pool
        fixed_starts = r.sample([9 * 60 + 30, 10 * 60 + 30, 14 * 60, 15 * 60 + 30], 2)
        if planned % 4 == 0:
            fixed_starts.append(fixed_starts[0] + 15)  # double-booked: a clash
        seen: set[int] = set()  # a client is visited once a day

        def someone(candidates: list[int], seen: set[int] = seen) -> int | None:
            free = [c for c in candidates if c not in seen] or [
                c for c in everyone_located if c not in seen
            ]
            if not free:  # a tiny book: everyone is already on this day
                return None
            chosen = r.choice(free)
            seen.add(chosen)
            return chosen

        for start in fixed_starts:
            cid = someone(pool)
            if cid is not None:
                add(cid, day, True, start, start, r.choice((45, 60)), VisitStatus.BOOKED)
        flexible = 12 if planned % 5 == 0 else r.randint(3, 5)
        for _ in range(flexible):
            cid = someone(pool if r.random() < 0.8 else nearby)
            if cid is None:
                break
            first, last = r.choice(
                ((9 * 60, 12 * 60), (13 * 60 + 30, 17 * 60 + 30), (9 * 60, 17 * 60 + 30))
            )
            status = VisitStatus.CANCELLED if r.random() < 0.05 else VisitStatus.PROPOSED
            add(cid, day, False, first, last, r.choice((30, 45, 60)), status)
    everyone = [cid for d in districts for cid in by_district[d]]
    for cid in r.sample(everyone, min(len(everyone), max(1, len(everyone) // 6))):
        back = today - dt.timedelta(days=r.randint(1, DONE_DAYS))
        start = r.randint(18, 32) * 30
        add(cid, back, True, start, start, 45, VisitStatus.DONE)
    return plans, materials


def write_demo_book(
    store: Store,
    clients: int = 2000,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> int:
    """Fill an empty book with `clients` demo contacts; returns the number written.

    Raises DemoBookNotEmpty if the book already has contacts, Cancelled if `cancelled()`
    turns true (nothing is written then). Visit plans start the day after `today`.
    """

    writer = DemoWriter(seed)
    with store.session() as s:
        existing = s.scalar(select(func.count()).select_from(ContactModel)) or 0
        if existing:
            raise DemoBookNotEmpty(store.location, existing)
        done = 0
        addresses: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        while done < clients:
            if cancelled is not None and cancelled():
                raise Cancelled()
            n = min(CHUNK, clients - done)
            rows = writer.rows(done + 1, n, clients)
            s.execute(insert(_table(ContactModel)), rows.contacts)
            for model, batch in (
                (PhoneModel, rows.phones),
                (AddressModel, rows.addresses),
                (TieModel, rows.ties),
                (FriendKindModel, rows.friends),
                (TagModel, rows.tags),
            ):
                if batch:
                    s.execute(insert(_table(model)), batch)
            addresses += rows.addresses
            contacts += rows.contacts
            done += n
            if progress is not None:
                progress(done, clients)
        plans, materials = visit_rows(seed, addresses, today or dt.date.today())
        if plans:
            s.execute(insert(_table(VisitPlanModel)), plans)
            s.execute(insert(_table(VisitMaterialModel)), materials)
        dossiers = dossier_rows(
            seed, contacts, dt.datetime.combine(today or dt.date.today(), dt.time(8))
        )
        history = activity_rows(seed, contacts, today or dt.date.today())
        keeping = keeping_rows(seed, contacts, today or dt.date.today())
        batches: tuple[tuple[type[Base], list[dict[str, Any]]], ...] = (
            (IndustryModel, dossiers["industries"]),
            (CompanyModel, dossiers["companies"]),
            (CompanyRoleModel, dossiers["roles"]),
            (DossierModel, dossiers["dossiers"]),
            (DossierPersonModel, dossiers["people"]),
            (DossierJobModel, dossiers["jobs"]),
            (DossierEventModel, dossiers["events"]),
            (StageChangeModel, stage_rows(seed, contacts, today or dt.date.today())),
            (CallLogModel, history["calls"] + keeping["calls"]),
            (VisitLogModel, history["visits"]),
            (ObjectionModel, history["objections"]),
            (GiftModel, history["gifts"]),
            (FollowUpModel, history["follow_ups"]),
            (ProductModel, keeping["products"]),
            (KeyClientPlanModel, keeping["plans"]),
            (ComplaintModel, keeping["complaints"]),
            (ComplaintStepModel, keeping["complaint_steps"]),
        )
        for table, batch in batches:
            if batch:
                s.execute(insert(_table(table)), batch)
        s.execute(
            insert(_table(BookSettingModel)),
            [{"key": "branch", "value": branch_to_json(BRANCH)}],
        )
        # Search finds what the names, phones and dossiers say (川菜, 台州银行), by the
        # rules the app's own saves use.
        from rmdesk.contacts.index import rebuild_book_index

        rebuild_book_index(s.connection())
        if not store.is_sqlite:
            # Rows were written with their ids; a server's id sequences must move past
            # them, or the next contact the user adds would collide.
            from sqlalchemy import text

            for name in ("contacts", "visit_plans", "industries", "companies", "visit_logs"):
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
                    )
                )
    return clients
