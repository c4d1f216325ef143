"""Whole contacts in and out of the database, through the SQLAlchemy ORM.

`ContactBook` delegates here for everything but its listings; this module (and with it
SQLAlchemy) is imported on the first such call, not at start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.types import TypeEngine

from rmdesk.contacts.columns import QUESTION_COLUMNS as _QUESTION_COLUMNS
from rmdesk.contacts.pinyin import sort_key
from rmdesk.contacts.search_index import (
    index_row,
    insert_search_rows,
    reindex,
    search_text,
    write_prefixes,
)
from rmdesk.domain.contact import (
    Address,
    Birthday,
    Contact,
    Phone,
    Tie,
    validate_contact,
)
from rmdesk.domain.errors import ContactNotFound, EditConflict
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    CalendarKind,
    Education,
    FriendKind,
    Gender,
    IncomeBand,
    Kind,
    LeadSource,
    MaritalStatus,
    PhoneLabel,
    Stage,
    TieKind,
    optional,
)
from rmdesk.store.activity_models import StageChangeModel
from rmdesk.store.bulk import insert_rows
from rmdesk.store.database import Store
from rmdesk.store.models import (
    AddressModel,
    ContactModel,
    FriendKindModel,
    PhoneModel,
    SearchModel,
    SearchPrefixModel,
    TagModel,
    TieModel,
)
from rmdesk.store.versions import claim

K = TypeVar("K", bound=Kind)


class ContactRecords:
    """Reading and writing whole contacts on one store."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock.now().replace(microsecond=0)

    def get(self, contact_id: int) -> Contact:
        """The whole contact, for the detail pane and the editor."""
        with self._store.session() as s:
            return self._get(s, contact_id)

    @staticmethod
    def _get(s: Session, contact_id: int) -> Contact:
        model = s.get(
            ContactModel,
            contact_id,
            options=[
                selectinload(ContactModel.phones),
                selectinload(ContactModel.addresses),
                selectinload(ContactModel.ties),
                selectinload(ContactModel.friend_kinds),
                selectinload(ContactModel.tags),
                selectinload(ContactModel.introduced_by),
            ],
        )
        if model is None:
            raise ContactNotFound(contact_id)
        return _to_contact(model)

    def iter_contacts(self, ids: Sequence[int], page: int = 500) -> Iterator[Contact]:
        """Whole contacts for many ids, in the order given, a page of queries at a time."""
        for start in range(0, len(ids), page):
            chunk = ids[start : start + page]
            with self._store.session() as s:
                models = s.scalars(
                    select(ContactModel)
                    .where(ContactModel.id.in_(chunk))
                    .options(
                        selectinload(ContactModel.phones),
                        selectinload(ContactModel.addresses),
                        selectinload(ContactModel.ties),
                        selectinload(ContactModel.friend_kinds),
                        selectinload(ContactModel.tags),
                    )
                ).all()
                by_id = {m.id: _to_contact(m, with_introducer=False) for m in models}
            yield from (by_id[i] for i in chunk if i in by_id)

    def save(self, contact: Contact) -> int:
        """Create or update a contact after validating it; returns its id.

        Raises InvalidContact (nothing saved) when a field is wrong.
        """
        with self._store.session() as s:
            return self._save(s, contact)

    def get_in(self, s: Session, contact_id: int) -> Contact:
        """`get`, inside the caller's transaction (a merge)."""
        return self._get(s, contact_id)

    def save_in(self, s: Session, contact: Contact) -> int:
        """`save`, inside the caller's transaction (an import: all or nothing)."""
        return self._save(s, contact)

    def add_many(
        self, s: Session, contacts: Sequence[Contact], validated: bool = False
    ) -> list[int]:
        """New contacts (no stage, ties or tags: as an import brings them) in the
        caller's transaction, written as rows in bulk and indexed once; their ids.
        `validated`: the caller has run validate_contact on each already."""
        import sqlalchemy as sa

        now = self._now()
        conn = s.connection()
        clean = [c if validated else validate_contact(c) for c in contacts]
        assert all(
            c.id is None and not (c.ties or c.tags or c.friend_kinds or c.stage) for c in clean
        )
        rows = [
            _columns(c, now) | {"created_at": now, "version": 1, "deleted_at": None} for c in clean
        ]
        if not rows:
            return []
        if conn.dialect.name == "sqlite":
            # The ids follow the highest, as SQLite would give them, and one statement
            # writes the batch (with RETURNING, SQLAlchemy wrote SQLite's rows one
            # statement each). A write that changes nothing takes the book's write lock
            # first, so that no other writer adds a contact between reading the highest
            # id and inserting.
            conn.execute(sa.text("UPDATE contacts SET id = id WHERE 0 = 1"))
            last = int(
                conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM contacts")).scalar_one()
            )
            ids = list(range(last + 1, last + 1 + len(rows)))
            # As tuples to the driver: SQLAlchemy's statement, a dict per row and each
            # value through its type, cost 0.15-0.2 s of a 10,000-row import. The one
            # timestamp of the batch goes through its column type once.
            table = ContactModel.__table__
            columns = list(rows[0])
            stamp = _bound(conn, table.c.updated_at.type, now)
            values = [
                (i, *(stamp if v is now else v for v in r.values()))
                for r, i in zip(rows, ids, strict=True)
            ]
            insert_rows(conn, "contacts", ("id", *columns), values)
        else:
            # One statement for the batch; ids come back in the order of the rows.
            made = conn.execute(
                sa.insert(ContactModel).returning(ContactModel.id, sort_by_parameter_order=True),
                rows,
            )
            ids = [int(r[0]) for r in made]
        phones: list[tuple[object, ...]] = []
        addresses: list[tuple[object, ...]] = []
        for cid, c in zip(ids, clean, strict=True):
            phones += [(cid, i, p.label.value, p.number) for i, p in enumerate(c.phones)]
            addresses += [
                (cid, i, a.kind.value, a.text, a.province, a.city, a.district, a.lat, a.lon)
                for i, a in enumerate(c.addresses)
            ]
        insert_rows(conn, "phones", ("contact_id", "position", "label", "number"), phones)
        insert_rows(conn, "addresses", _ADDRESS_COLUMNS, addresses)
        # New contacts have no dossier yet: their index rows come from the contacts alone.
        index = [index_row(cid, True, c) for cid, c in zip(ids, clean, strict=True)]
        insert_search_rows(conn, index)
        write_prefixes(conn, index)
        return ids

    def change(self, contact_id: int, change: Callable[[Contact], Contact]) -> int:
        """Read a contact, change it and save it, in one transaction."""
        with self._store.session() as s:
            return self.change_in(s, contact_id, change)

    def change_in(
        self,
        s: Session,
        contact_id: int,
        change: Callable[[Contact], Contact],
        stage_since: dt.datetime | None = None,
    ) -> int:
        """`change`, inside the caller's transaction; a change of stage dated
        `stage_since` (a logged visit's day) rather than now."""
        return self._save(s, change(self._get(s, contact_id)), stage_since)

    def _save(self, s: Session, contact: Contact, stage_since: dt.datetime | None = None) -> int:
        clean = validate_contact(contact)
        now = self._now()
        if clean.id is not None and not claim(
            s, ContactModel, ContactModel.id, clean.id, clean.version
        ):
            theirs = s.get(ContactModel, clean.id)
            if theirs is None and clean.version is None:
                raise ContactNotFound(clean.id)
            raise EditConflict("contact", clean.id, clean, _to_contact(theirs) if theirs else None)
        if (
            clean.introduced_by_id is not None
            and s.get(ContactModel, clean.introduced_by_id) is None
        ):
            raise ContactNotFound(clean.introduced_by_id)
        if clean.id is None:
            model = ContactModel(created_at=now, version=1)
            s.add(model)
        else:
            found = s.get(ContactModel, clean.id)
            assert found is not None  # claimed above, in this transaction
            model = found
        before = model.stage
        _fill(model, clean, now)
        s.flush()
        if model.stage != before:  # every stage change, wherever made, goes in the history
            since = stage_since or now
            s.add(StageChangeModel(contact_id=model.id, stage=model.stage, since=since))
        # The search text and prefixes, with a dossier's terms (川菜, 台州银行).
        reindex(s.connection(), [model.id])
        return model.id

    def move_to_trash(self, ids: Iterable[int]) -> int:
        """Put contacts in the trash (they can be restored); returns how many moved."""
        with self._store.session() as s:
            return self.trash_in(s, list(ids))

    def trash_in(self, s: Session, id_list: list[int]) -> int:
        result = s.execute(
            update(ContactModel)
            .where(ContactModel.id.in_(id_list), ContactModel.deleted_at.is_(None))
            .values(deleted_at=self._now())
        )
        for index in (SearchModel, SearchPrefixModel):
            s.execute(update(index).where(index.contact_id.in_(id_list)).values(alive=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def restore(self, ids: Iterable[int]) -> int:
        """Take contacts back out of the trash."""
        with self._store.session() as s:
            return self.restore_in(s, list(ids))

    def restore_in(self, s: Session, id_list: list[int]) -> int:
        result = s.execute(
            update(ContactModel)
            .where(ContactModel.id.in_(id_list), ContactModel.deleted_at.is_not(None))
            .values(deleted_at=None, updated_at=self._now())
        )
        for index in (SearchModel, SearchPrefixModel):
            s.execute(update(index).where(index.contact_id.in_(id_list)).values(alive=True))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def empty_trash(self) -> int:
        """Delete every contact in the trash for good. The caller asks the user first."""
        with self._store.session() as s:
            trashed = select(ContactModel.id).where(ContactModel.deleted_at.is_not(None))
            # Whoever they introduced keeps existing, without an introducer.
            s.execute(
                update(ContactModel)
                .where(ContactModel.introduced_by_id.in_(trashed))
                .values(introduced_by_id=None)
            )
            ids = list(s.scalars(trashed))
            for table in (
                PhoneModel,
                AddressModel,
                TieModel,
                FriendKindModel,
                TagModel,
                SearchModel,
                SearchPrefixModel,
            ):
                s.execute(delete(table).where(table.contact_id.in_(ids)))
            result = s.execute(delete(ContactModel).where(ContactModel.id.in_(ids)))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]


_ADDRESS_COLUMNS = (
    "contact_id", "position", "kind", "text", "province", "city", "district", "lat", "lon",
)  # fmt: skip


def _bound(conn: Connection, kind: TypeEngine[dt.datetime], value: dt.datetime) -> object:
    """`value` as the driver is given it for a column of this type."""
    process = kind.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process is not None else value


def _columns(c: Contact, now: dt.datetime) -> dict[str, object]:
    """The contact's own row (what `contacts` holds of it), as written on each save."""
    b = c.birthday
    row: dict[str, object] = {
        "name": c.name,
        "nickname": c.nickname,
        "gender": c.gender.value if c.gender else None,
        "birthday_calendar": b.calendar.value if b else None,
        "birthday_year": b.year if b else None,
        "birthday_month": b.month if b else None,
        "birthday_day": b.day if b else None,
        "birthday_leap": bool(b and b.leap),
        "company": c.company,
        "title": c.title,
        "occupation": c.occupation,
        "education": c.education.value if c.education else None,
        "marital_status": c.marital_status.value if c.marital_status else None,
        "income_band": c.income_band.value if c.income_band else None,
        "hobbies": c.hobbies,
        "notes": c.notes,
        "lead_source": c.lead_source.value if c.lead_source else None,
        "stage": c.stage.value if c.stage else None,
        "key_client": c.key_client,
        "introduced_by_id": c.introduced_by_id,
        "sort_key": sort_key(c.name),
        "updated_at": now,
    }
    for question, column in _QUESTION_COLUMNS.items():
        row[column] = c.qualification[question].value
    return row


def _fill(model: ContactModel, c: Contact, now: dt.datetime) -> None:
    for column, value in _columns(c, now).items():
        setattr(model, column, value)
    model.phones = [
        PhoneModel(position=i, label=p.label.value, number=p.number) for i, p in enumerate(c.phones)
    ]
    model.addresses = [
        AddressModel(
            position=i,
            kind=a.kind.value,
            text=a.text,
            province=a.province,
            city=a.city,
            district=a.district,
            lat=a.lat,
            lon=a.lon,
        )
        for i, a in enumerate(c.addresses)
    ]
    model.ties = [TieModel(kind=t.kind.value, detail=t.detail) for t in c.ties]
    model.friend_kinds = [FriendKindModel(kind=k.value) for k in sorted(c.friend_kinds)]
    model.tags = [TagModel(tag=t) for t in c.tags]
    if model.search is None:
        model.search = SearchModel(alive=model.deleted_at is None)
    model.search.sort_key = model.sort_key
    model.search.text = search_text(c)


def _to_contact(m: ContactModel, with_introducer: bool = True) -> Contact:
    birthday = None
    if m.birthday_calendar and m.birthday_month and m.birthday_day:
        birthday = Birthday(
            calendar=CalendarKind(m.birthday_calendar),
            year=m.birthday_year,
            month=m.birthday_month,
            day=m.birthday_day,
            leap=m.birthday_leap,
        )
    return Contact(
        id=m.id,
        name=m.name,
        nickname=m.nickname,
        gender=optional(Gender, m.gender),
        birthday=birthday,
        phones=[Phone(PhoneLabel(p.label), p.number) for p in m.phones],
        addresses=[
            Address(AddressKind(a.kind), a.text, a.province, a.city, a.district, a.lat, a.lon)
            for a in m.addresses
        ],
        company=m.company,
        title=m.title,
        occupation=m.occupation,
        education=optional(Education, m.education),
        marital_status=optional(MaritalStatus, m.marital_status),
        income_band=optional(IncomeBand, m.income_band),
        hobbies=m.hobbies,
        notes=m.notes,
        friend_kinds={FriendKind(f.kind) for f in m.friend_kinds},
        tags=[t.tag for t in m.tags],
        lead_source=optional(LeadSource, m.lead_source),
        qualification={q: Answer(getattr(m, col)) for q, col in _QUESTION_COLUMNS.items()},
        stage=optional(Stage, m.stage),
        key_client=m.key_client,
        introduced_by_id=m.introduced_by_id,
        introduced_by_name=m.introduced_by.name if with_introducer and m.introduced_by else "",
        ties=[Tie(TieKind(t.kind), t.detail) for t in m.ties],
        deleted_at=m.deleted_at,
        version=m.version,
    )
