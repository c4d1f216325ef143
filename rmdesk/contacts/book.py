"""The contact book service: everything the windows and the CLI ask of the contacts.

Methods open and close their own session and return plain objects (domain dataclasses),
never ORM rows: no caller holds a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import delete, exists, func, or_, select, true, update
from sqlalchemy.orm import selectinload

from rmdesk.contacts.pinyin import name_keys, sort_key
from rmdesk.domain.contact import (
    Address,
    Birthday,
    BookFilter,
    Contact,
    ContactRow,
    Phone,
    Tie,
    TieCounts,
    validate_contact,
)
from rmdesk.domain.errors import ContactNotFound
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
    Question,
    Stage,
    TieKind,
)
from rmdesk.domain.phones import national_digits
from rmdesk.store.database import Store
from rmdesk.store.models import (
    AddressModel,
    ContactModel,
    FriendKindModel,
    PhoneModel,
    SearchModel,
    TagModel,
    TieModel,
)

# Kept in the search row between fields so that a query cannot match across two fields.
SEP = "\x1f"

_QUESTION_COLUMNS = {
    Question.NEED: "q_need",
    Question.AFFORD: "q_afford",
    Question.GOOD_CLIENT: "q_good_client",
    Question.AUTHORITY: "q_authority",
    Question.VALUE: "q_value",
}


def search_text(contact: Contact) -> str:
    """The lower-cased text that search-as-you-type matches for this contact.

    Pinyin is for names only: the pinyin of company names (every 台州 firm reads
    "taizhou...") would make short queries like "zh" match half the book.
    """
    parts: list[str] = [contact.name, contact.nickname, contact.company, contact.notes]
    parts += name_keys(contact.name) + name_keys(contact.nickname)
    for phone in contact.phones:
        parts += [phone.number, national_digits(phone.number)]
    return SEP.join(p.lower() for p in parts if p)


def query_variants(query: str) -> list[str]:
    """What to look for: the query as typed and, if it has spaces, without them.

    "zhang san" finds 张三 and "138 0013 8000" finds the number, while "red car" in the
    notes still matches as typed.
    """
    typed = " ".join(query.lower().split())
    if not typed:
        return []
    collapsed = typed.replace(" ", "")
    return [typed] if collapsed == typed else [typed, collapsed]


K = TypeVar("K", bound=Kind)


def _opt(kind: type[K], value: str | None) -> K | None:
    """The member for a stored code, or None for no value."""
    return kind(value) if value else None


class ContactBook:
    """The contact book on one open store."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock.now().replace(microsecond=0)

    # -- reading ----------------------------------------------------------------------

    def list_ids(
        self, book_filter: BookFilter | None = None, limit: int | None = None
    ) -> list[int]:
        """The ids of the contacts the filter shows, in book order (pinyin of the name).

        The trash lists the most recently deleted first. With `limit`, only the first ids:
        the book is stored in book order, so the first screenful of a broad search is
        found without reading the rest.
        """
        book_filter = book_filter or BookFilter()
        if book_filter.trash:
            stmt = (
                select(ContactModel.id)
                .where(ContactModel.deleted_at.is_not(None))
                .order_by(ContactModel.deleted_at.desc(), ContactModel.id)
            )
            with self._store.session() as s:
                return list(s.scalars(stmt))
        index = SearchModel
        stmt = select(index.contact_id).where(index.alive == true())
        if book_filter.tie is not None:
            stmt = stmt.where(
                index.contact_id.in_(
                    select(TieModel.contact_id).where(TieModel.kind == book_filter.tie.value)
                )
            )
        if book_filter.no_tie:
            stmt = stmt.where(~exists().where(TieModel.contact_id == index.contact_id))
        variants = query_variants(book_filter.search)
        if variants:
            stmt = stmt.where(or_(*[index.text.contains(v, autoescape=True) for v in variants]))
        stmt = stmt.order_by(index.sort_key, index.contact_id).limit(limit)
        with self._store.session() as s:
            # Plain Core rows: the ORM's per-row bookkeeping doubles the time of a long list.
            return [row[0] for row in s.connection().execute(stmt)]

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """Table rows for these contacts (a page of the table), keyed by id."""
        if not ids:
            return {}
        with self._store.session() as s:
            contacts = s.execute(
                select(
                    ContactModel.id,
                    ContactModel.name,
                    ContactModel.nickname,
                    ContactModel.company,
                    ContactModel.title,
                    ContactModel.stage,
                    ContactModel.key_client,
                    *[getattr(ContactModel, c) for c in _QUESTION_COLUMNS.values()],
                ).where(ContactModel.id.in_(ids))
            ).all()
            phones: dict[int, str] = {}
            for cid, number in s.execute(
                select(PhoneModel.contact_id, PhoneModel.number)
                .where(PhoneModel.contact_id.in_(ids))
                .order_by(PhoneModel.contact_id, PhoneModel.position)
            ):
                phones.setdefault(cid, number)
            districts: dict[int, str] = {}
            for cid, district in s.execute(
                select(AddressModel.contact_id, AddressModel.district)
                .where(AddressModel.contact_id.in_(ids), AddressModel.district != "")
                .order_by(AddressModel.contact_id, AddressModel.position)
            ):
                districts.setdefault(cid, district)
            ties: dict[int, list[TieKind]] = {}
            for cid, kind in s.execute(
                select(TieModel.contact_id, TieModel.kind)
                .where(TieModel.contact_id.in_(ids))
                .order_by(TieModel.contact_id, TieModel.id)
            ):
                tie = TieKind(kind)
                if tie not in ties.setdefault(cid, []):
                    ties[cid].append(tie)
        result = {}
        for row in contacts:
            score = sum(1 for answer in row[7:] if answer == Answer.YES.value)
            result[row.id] = ContactRow(
                id=row.id,
                name=row.name,
                nickname=row.nickname,
                company=row.company,
                title=row.title,
                phone=phones.get(row.id, ""),
                district=districts.get(row.id, ""),
                stage=_opt(Stage, row.stage),
                key_client=row.key_client,
                ties=tuple(ties.get(row.id, ())),
                qualification_score=score,
            )
        return result

    def get(self, contact_id: int) -> Contact:
        """The whole contact, for the detail pane and the editor."""
        with self._store.session() as s:
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

    def tie_counts(self) -> TieCounts:
        """Counts for the book tree: a contact counts once under every tie it has."""
        alive = ContactModel.deleted_at.is_(None)
        with self._store.session() as s:
            total = s.scalar(select(func.count()).select_from(ContactModel).where(alive)) or 0
            trash = (
                s.scalar(
                    select(func.count())
                    .select_from(ContactModel)
                    .where(ContactModel.deleted_at.is_not(None))
                )
                or 0
            )
            by_tie = {kind: 0 for kind in TieKind}
            for kind, count in s.execute(
                select(TieModel.kind, func.count(func.distinct(TieModel.contact_id)))
                .join(ContactModel, ContactModel.id == TieModel.contact_id)
                .where(alive)
                .group_by(TieModel.kind)
            ):
                by_tie[TieKind(kind)] = count
            no_tie = (
                s.scalar(
                    select(func.count())
                    .select_from(ContactModel)
                    .where(alive, ~exists().where(TieModel.contact_id == ContactModel.id))
                )
                or 0
            )
        return TieCounts(total=total, by_tie=by_tie, no_tie=no_tie, trash=trash)

    def find_by_name(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        """(id, name, company) of living contacts matching a search, for pickers."""
        ids = self.list_ids(BookFilter(search=text))[:limit]
        rows = self.rows(ids)
        return [(i, rows[i].name, rows[i].company) for i in ids if i in rows]

    # -- writing ----------------------------------------------------------------------

    def save(self, contact: Contact) -> int:
        """Create or update a contact after validating it; returns its id.

        Raises InvalidContact (nothing saved) when a field is wrong.
        """
        clean = validate_contact(contact)
        now = self._now()
        with self._store.session() as s:
            if (
                clean.introduced_by_id is not None
                and s.get(ContactModel, clean.introduced_by_id) is None
            ):
                raise ContactNotFound(clean.introduced_by_id)
            if clean.id is None:
                model = ContactModel(created_at=now)
                s.add(model)
            else:
                found = s.get(ContactModel, clean.id)
                if found is None:
                    raise ContactNotFound(clean.id)
                model = found
            _fill(model, clean, now)
            s.flush()
            return model.id

    def move_to_trash(self, ids: Iterable[int]) -> int:
        """Put contacts in the trash (they can be restored); returns how many moved."""
        id_list = list(ids)
        with self._store.session() as s:
            result = s.execute(
                update(ContactModel)
                .where(ContactModel.id.in_(id_list), ContactModel.deleted_at.is_(None))
                .values(deleted_at=self._now())
            )
            s.execute(
                update(SearchModel).where(SearchModel.contact_id.in_(id_list)).values(alive=False)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def restore(self, ids: Iterable[int]) -> int:
        """Take contacts back out of the trash."""
        id_list = list(ids)
        with self._store.session() as s:
            result = s.execute(
                update(ContactModel)
                .where(ContactModel.id.in_(id_list), ContactModel.deleted_at.is_not(None))
                .values(deleted_at=None, updated_at=self._now())
            )
            s.execute(
                update(SearchModel).where(SearchModel.contact_id.in_(id_list)).values(alive=True)
            )
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
            ):
                s.execute(delete(table).where(table.contact_id.in_(ids)))
            result = s.execute(delete(ContactModel).where(ContactModel.id.in_(ids)))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _fill(model: ContactModel, c: Contact, now: dt.datetime) -> None:
    model.name = c.name
    model.nickname = c.nickname
    model.gender = c.gender.value if c.gender else None
    b = c.birthday
    model.birthday_calendar = b.calendar.value if b else None
    model.birthday_year = b.year if b else None
    model.birthday_month = b.month if b else None
    model.birthday_day = b.day if b else None
    model.birthday_leap = bool(b and b.leap)
    model.company = c.company
    model.title = c.title
    model.occupation = c.occupation
    model.education = c.education.value if c.education else None
    model.marital_status = c.marital_status.value if c.marital_status else None
    model.income_band = c.income_band.value if c.income_band else None
    model.hobbies = c.hobbies
    model.notes = c.notes
    model.lead_source = c.lead_source.value if c.lead_source else None
    for question, column in _QUESTION_COLUMNS.items():
        setattr(model, column, c.qualification[question].value)
    model.stage = c.stage.value if c.stage else None
    model.key_client = c.key_client
    model.introduced_by_id = c.introduced_by_id
    model.sort_key = sort_key(c.name)
    model.updated_at = now
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
        gender=_opt(Gender, m.gender),
        birthday=birthday,
        phones=[Phone(PhoneLabel(p.label), p.number) for p in m.phones],
        addresses=[
            Address(AddressKind(a.kind), a.text, a.province, a.city, a.district, a.lat, a.lon)
            for a in m.addresses
        ],
        company=m.company,
        title=m.title,
        occupation=m.occupation,
        education=_opt(Education, m.education),
        marital_status=_opt(MaritalStatus, m.marital_status),
        income_band=_opt(IncomeBand, m.income_band),
        hobbies=m.hobbies,
        notes=m.notes,
        friend_kinds={FriendKind(f.kind) for f in m.friend_kinds},
        tags=[t.tag for t in m.tags],
        lead_source=_opt(LeadSource, m.lead_source),
        qualification={q: Answer(getattr(m, col)) for q, col in _QUESTION_COLUMNS.items()},
        stage=_opt(Stage, m.stage),
        key_client=m.key_client,
        introduced_by_id=m.introduced_by_id,
        introduced_by_name=m.introduced_by.name if with_introducer and m.introduced_by else "",
        ties=[Tie(TieKind(t.kind), t.detail) for t in m.ties],
        deleted_at=m.deleted_at,
    )
