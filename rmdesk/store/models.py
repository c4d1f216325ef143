"""The database schema, as typed SQLAlchemy 2 models.

The schema is created and changed only by the Alembic migrations in `migrations/`;
these models must match them (a test compares the two). Nothing here is SQLite-only:
codes are strings, not database enums, so PostgreSQL and SQLite hold the same thing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ContactModel(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    nickname: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[str | None] = mapped_column(String(16))
    birthday_calendar: Mapped[str | None] = mapped_column(String(8))
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    company: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    education: Mapped[str | None] = mapped_column(String(16))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    income_band: Mapped[str | None] = mapped_column(String(16))
    hobbies: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    lead_source: Mapped[str | None] = mapped_column(String(16))
    q_need: Mapped[str] = mapped_column(String(8), default="unknown")
    q_afford: Mapped[str] = mapped_column(String(8), default="unknown")
    q_good_client: Mapped[str] = mapped_column(String(8), default="unknown")
    q_authority: Mapped[str] = mapped_column(String(8), default="unknown")
    q_value: Mapped[str] = mapped_column(String(8), default="unknown")
    stage: Mapped[str | None] = mapped_column(String(16))
    key_client: Mapped[bool] = mapped_column(Boolean, default=False)
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Raised by every save; a save based on an older version is refused (store/versions).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    phones: Mapped[list[PhoneModel]] = relationship(
        cascade="all, delete-orphan", order_by="PhoneModel.position", passive_deletes=True
    )
    addresses: Mapped[list[AddressModel]] = relationship(
        cascade="all, delete-orphan", order_by="AddressModel.position", passive_deletes=True
    )
    ties: Mapped[list[TieModel]] = relationship(
        cascade="all, delete-orphan", order_by="TieModel.id", passive_deletes=True
    )
    friend_kinds: Mapped[list[FriendKindModel]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[TagModel]] = relationship(
        cascade="all, delete-orphan", order_by="TagModel.tag", passive_deletes=True
    )
    search: Mapped[SearchModel | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    introduced_by: Mapped[ContactModel | None] = relationship(remote_side=[id])

    __table_args__ = (
        Index("ix_contacts_book_order", "deleted_at", "sort_key", "id"),
        Index("ix_contacts_birthday", "birthday_calendar", "birthday_month", "birthday_day"),
        Index("ix_contacts_key_client", "key_client", "deleted_at"),
    )


class PhoneModel(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32))


class AddressModel(Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(300), default="")
    province: Mapped[str] = mapped_column(String(50), default="")
    city: Mapped[str] = mapped_column(String(50), default="")
    district: Mapped[str] = mapped_column(String(50), default="", index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_addresses_lat_lon", "lat", "lon"),)


class TieModel(Base):
    """A 五同 tie or 五缘 bond, with an optional detail ("浙大 2005 级")."""

    __tablename__ = "ties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_ties_kind_contact", "kind", "contact_id"),
        Index("ix_ties_contact", "contact_id"),
    )


class FriendKindModel(Base):
    __tablename__ = "friend_kinds"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)


class TagModel(Base):
    __tablename__ = "tags"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(50), primary_key=True)


class SearchModel(Base):
    """The book in book order: what the table lists and search looks through.

    One narrow, lower-cased row per contact, keyed by the contact's id (on SQLite a
    rowid table: what the trigram index finds is joined here by the cheapest lookup),
    with (alive, sort_key, contact_id) in a covering index so that listing the book or
    a tie group reads ids already in pinyin order, never the notes column of `contacts`.
    The contact book service keeps `alive` and `sort_key` equal to the contact's.
    """

    __tablename__ = "contact_search"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    alive: Mapped[bool] = mapped_column(Boolean)
    sort_key: Mapped[str] = mapped_column(String(400))
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_contact_search_book_order", "alive", "sort_key", "contact_id"),)


class SearchPrefixModel(Base):
    """The first one and two characters of every search term, for short queries.

    A query of one or two characters reads its rows here, in the order the table shows
    them: `rank` 0 (the whole term), 1 (the start of a term), 2 (inside a name), then
    book order. Written with the search text (rmdesk.contacts.search_index); `alive`
    and `sort_key` follow the contact's. Longer queries go through the trigram index of
    `contact_search.text` (FTS5 on SQLite, pg_trgm on PostgreSQL; made by migration
    0012, not modelled here).
    """

    __tablename__ = "search_prefixes"

    term: Mapped[str] = mapped_column(String(2), primary_key=True)
    alive: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    rank: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(400), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    __table_args__ = ({"sqlite_with_rowid": False},)


class VisitPlanModel(Base):
    """A visit plan: the nine parts of DOMAIN.md step 2 and a status.

    `day` with `window_start`/`window_end` ("HH:MM") say when: a fixed appointment has
    both equal to its start. `route_*` is written by the day planner."""

    __tablename__ = "visit_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    day: Mapped[dt.date] = mapped_column(Date)
    # Whose schedule: the role that planned it on a team's book, "" on an embedded one
    # (migration 0023). The day, Today and the calendars read the user's own.
    owner: Mapped[str] = mapped_column(String(100), server_default="")
    fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    window_start: Mapped[str] = mapped_column(String(5))
    window_end: Mapped[str] = mapped_column(String(5))
    duration_min: Mapped[int] = mapped_column(Integer)
    person_name: Mapped[str] = mapped_column(String(100), default="")
    person_role: Mapped[str] = mapped_column(String(100), default="")
    place_text: Mapped[str] = mapped_column(String(300), default="")
    place_lat: Mapped[float | None] = mapped_column(Float)
    place_lon: Mapped[float | None] = mapped_column(Float)
    address_kind: Mapped[str | None] = mapped_column(String(16))  # which client address
    formality: Mapped[str] = mapped_column(String(16))
    setting: Mapped[str] = mapped_column(String(16))
    audience: Mapped[str] = mapped_column(String(16))
    route_order: Mapped[int | None] = mapped_column(Integer)
    route_arrive: Mapped[dt.datetime | None] = mapped_column(DateTime)
    route_depart: Mapped[dt.datetime | None] = mapped_column(DateTime)
    strategy: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Raised by every save; a save based on an older version is refused (store/versions).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    materials: Mapped[list[VisitMaterialModel]] = relationship(
        cascade="all, delete-orphan", order_by="VisitMaterialModel.position", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_visit_plans_day", "day", "status"),
        Index("ix_visit_plans_contact", "contact_id", "day"),
        Index("ix_visit_plans_owner_day", "owner", "day"),
    )


class VisitMaterialModel(Base):
    __tablename__ = "visit_materials"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("visit_plans.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    item: Mapped[str] = mapped_column(String(200))
    packed: Mapped[bool] = mapped_column(Boolean, default=False)


class BookSettingModel(Base):
    """Settings that belong to the book, not the machine (a team shares its branch)."""

    __tablename__ = "book_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PersonalSettingModel(Base):
    """Settings that are one person's (the calendar feed, the CalDAV account): the
    owner is their database role on a team's book, "" on an embedded one (migration
    0022; store/personal.py)."""

    __tablename__ = "personal_settings"

    owner: Mapped[str] = mapped_column(String(100), primary_key=True, server_default="")
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, server_default="")


class DossierModel(Base):
    """A contact's dossier: one row per contact that has one (DOMAIN.md step 2)."""

    __tablename__ = "dossiers"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    address_as: Mapped[str] = mapped_column(String(50), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    ethnicity: Mapped[str] = mapped_column(String(50), default="")
    hukou: Mapped[str] = mapped_column(String(100), default="")
    nationality: Mapped[str] = mapped_column(String(50), default="")
    blood_type: Mapped[str] = mapped_column(String(8), default="")
    height_cm: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[int | None] = mapped_column(Integer)
    education_notes: Mapped[str] = mapped_column(Text, default="")
    family_notes: Mapped[str] = mapped_column(Text, default="")
    people_notes: Mapped[str] = mapped_column(Text, default="")
    career_notes: Mapped[str] = mapped_column(Text, default="")
    health: Mapped[str] = mapped_column(Text, default="")
    drinks: Mapped[str] = mapped_column(String(100), default="")
    drink_amount: Mapped[str] = mapped_column(String(100), default="")
    smoking: Mapped[str | None] = mapped_column(String(16))
    cuisines: Mapped[str] = mapped_column(String(200), default="")
    allergies: Mapped[str] = mapped_column(String(200), default="")
    restaurants: Mapped[str] = mapped_column(Text, default="")
    life_notes: Mapped[str] = mapped_column(Text, default="")
    religion: Mapped[str] = mapped_column(String(100), default="")
    taboos: Mapped[str] = mapped_column(Text, default="")
    style: Mapped[str | None] = mapped_column(String(16))
    character_notes: Mapped[str] = mapped_column(Text, default="")
    experience_notes: Mapped[str] = mapped_column(Text, default="")
    opinion_of_us: Mapped[str] = mapped_column(Text, default="")
    competitor_banks: Mapped[str] = mapped_column(String(300), default="")
    favoured_bank: Mapped[str] = mapped_column(String(100), default="")
    first_business: Mapped[dt.date | None] = mapped_column(Date)
    business_with_us: Mapped[str] = mapped_column(Text, default="")
    bank_relationship: Mapped[str | None] = mapped_column(String(16))
    other_notes: Mapped[str] = mapped_column(Text, default="")
    wedding_date: Mapped[dt.date | None] = mapped_column(Date)
    introduction: Mapped[str | None] = mapped_column(String(16))
    introducer_thanked: Mapped[dt.date | None] = mapped_column(Date)
    completeness: Mapped[int] = mapped_column(Integer, default=0, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Raised by every save; a save based on an older version is refused (store/versions).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    people: Mapped[list[DossierPersonModel]] = relationship(
        cascade="all, delete-orphan", order_by="DossierPersonModel.position", passive_deletes=True
    )
    jobs: Mapped[list[DossierJobModel]] = relationship(
        cascade="all, delete-orphan", order_by="DossierJobModel.position", passive_deletes=True
    )
    events: Mapped[list[DossierEventModel]] = relationship(
        cascade="all, delete-orphan", order_by="DossierEventModel.position", passive_deletes=True
    )

    # Today's anniversaries read an index on the wedding's month and day, made in SQL by
    # migration 0015 for each database (an expression index; not modelled here).
    __table_args__ = (Index("ix_dossiers_thanks", "introducer_thanked", "introduction"),)


class DossierPersonModel(Base):
    __tablename__ = "dossier_people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.contact_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    circle: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="")
    relation: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    closeness: Mapped[int] = mapped_column(Integer, default=3)
    linked_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )


class DossierJobModel(Base):
    __tablename__ = "dossier_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.contact_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    employer: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    years: Mapped[str] = mapped_column(String(50), default="")


class DossierEventModel(Base):
    """A family event; `month_day` (month * 100 + day) finds yearly ones by index."""

    __tablename__ = "dossier_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.contact_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(String(200))
    yearly: Mapped[bool] = mapped_column(Boolean, default=False)
    month_day: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_dossier_events_day", "day"),
        Index("ix_dossier_events_yearly", "yearly", "month_day"),
    )


class IndustryModel(Base):
    __tablename__ = "industries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    cost_structure: Mapped[str] = mapped_column(Text, default="")
    profitability: Mapped[str] = mapped_column(Text, default="")
    dependencies: Mapped[str] = mapped_column(Text, default="")
    substitutability: Mapped[str] = mapped_column(Text, default="")
    life_cycle: Mapped[str | None] = mapped_column(String(16))
    competition: Mapped[str] = mapped_column(Text, default="")
    # Raised by every save; a save based on an older version is refused (store/versions).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class CompanyModel(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    scale: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str | None] = mapped_column(String(16))
    products: Mapped[str] = mapped_column(Text, default="")
    management: Mapped[str] = mapped_column(Text, default="")
    finance: Mapped[str] = mapped_column(Text, default="")
    related_companies: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    industry_id: Mapped[int | None] = mapped_column(
        ForeignKey("industries.id", ondelete="SET NULL"), index=True
    )
    # Raised by every save; a save based on an older version is refused (store/versions).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class CompanyRoleModel(Base):
    __tablename__ = "company_roles"

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class CalendarSyncModel(Base):
    """What was last pushed to (or pulled from) a CalDAV calendar, per item UID."""

    __tablename__ = "calendar_sync"

    # Whose phone calendar: each RM syncs their own (as personal_settings' owner).
    owner: Mapped[str] = mapped_column(String(100), primary_key=True, server_default="")
    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    href: Mapped[str] = mapped_column(String(500), default="")
    etag: Mapped[str] = mapped_column(String(200), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")  # of what was pushed
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime)
