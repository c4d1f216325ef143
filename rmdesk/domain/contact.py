"""A contact as the rest of the app sees it: plain value objects and their validation."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rmdesk.domain.errors import InvalidContact
from rmdesk.domain.kinds import (
    AddressKind,
    Answer,
    CalendarKind,
    Education,
    FriendKind,
    Gender,
    IncomeBand,
    LeadSource,
    MaritalStatus,
    PhoneLabel,
    Question,
    Stage,
    TieKind,
)
from rmdesk.domain.phones import InvalidPhone, normalize_phone
from rmdesk.domain.text import control_character_problems

# Problem codes shown beside a field; the UI translates them.
REQUIRED = "required"
BAD_PHONE = "bad_phone"
BAD_DATE = "bad_date"
BAD_LUNAR_DATE = "bad_lunar_date"
BAD_LATITUDE = "bad_latitude"
BAD_LONGITUDE = "bad_longitude"
HALF_COORDINATES = "half_coordinates"
SELF_INTRODUCED = "self_introduced"
TOO_LONG = "too_long"

NAME_MAX = 100


@dataclass(frozen=True)
class Birthday:
    """A birthday as the person keeps it: solar, or lunar with a leap-month flag.

    The year may be unknown (many people share only month and day).
    """

    calendar: CalendarKind
    month: int
    day: int
    year: int | None = None
    leap: bool = False

    def problem(self) -> str | None:
        """None if the date can exist, else a problem code."""
        if self.calendar is CalendarKind.SOLAR:
            if self.leap:
                return BAD_DATE
            # Without a year, 29 February is allowed: it exists in leap years.
            year = self.year if self.year is not None else 2000
            if not (1 <= self.month <= 12) or not (1 <= year <= 9999):
                return BAD_DATE
            if not (1 <= self.day <= calendar.monthrange(year, self.month)[1]):
                return BAD_DATE
            if self.year is not None and dt.date(year, self.month, self.day) > dt.date.today():
                return BAD_DATE
            return None
        # Lunar months have 29 or 30 days; which one depends on the year (issue 5 converts).
        if not (1 <= self.month <= 12) or not (1 <= self.day <= 30):
            return BAD_LUNAR_DATE
        if self.year is not None and not (1900 <= self.year <= dt.date.today().year):
            return BAD_LUNAR_DATE
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "calendar": self.calendar.value,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "leap": self.leap,
        }


@dataclass(frozen=True)
class Phone:
    label: PhoneLabel
    number: str  # E.164 once validated


@dataclass(frozen=True)
class Address:
    kind: AddressKind
    text: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    lat: float | None = None  # WGS-84
    lon: float | None = None


@dataclass(frozen=True)
class Tie:
    kind: TieKind
    detail: str = ""


# Iterating an enum builds its members again each time; an import makes contacts by the
# ten thousand.
_QUESTIONS = tuple(Question)


@dataclass
class Contact:
    """Everything the contact book holds about one person."""

    name: str
    id: int | None = None
    nickname: str = ""
    gender: Gender | None = None
    birthday: Birthday | None = None
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    company: str = ""
    title: str = ""
    occupation: str = ""
    education: Education | None = None
    marital_status: MaritalStatus | None = None
    income_band: IncomeBand | None = None
    hobbies: str = ""
    notes: str = ""
    friend_kinds: set[FriendKind] = field(default_factory=set)
    tags: list[str] = field(default_factory=list)
    lead_source: LeadSource | None = None
    qualification: dict[Question, Answer] = field(
        default_factory=lambda: dict.fromkeys(_QUESTIONS, Answer.UNKNOWN)
    )
    stage: Stage | None = None
    key_client: bool = False
    introduced_by_id: int | None = None
    introduced_by_name: str = ""  # filled when read, for display
    ties: list[Tie] = field(default_factory=list)
    deleted_at: dt.datetime | None = None
    # The stored version this copy was read at (None: a new contact, or a caller that
    # does not check). A save based on an older version is refused (EditConflict).
    version: int | None = field(default=None, compare=False)

    @property
    def qualification_score(self) -> int:
        """How many of the five qualification questions are answered yes (0–5)."""
        return sum(1 for a in self.qualification.values() if a is Answer.YES)

    @property
    def is_target_client(self) -> bool:
        return self.qualification_score == len(Question)

    @property
    def district(self) -> str:
        for address in self.addresses:
            if address.district:
                return address.district
        return ""


def validate_contact(contact: Contact) -> Contact:
    """Return a cleaned copy (trimmed text, E.164 phones) or raise InvalidContact.

    Field keys in the error map: "name", "birthday", "phones.N", "addresses.N.lat" ...
    """
    errors: dict[str, str] = {}
    name = contact.name.strip()
    if not name:
        errors["name"] = REQUIRED
    elif len(name) > NAME_MAX:
        errors["name"] = TOO_LONG
    if contact.birthday is not None:
        problem = contact.birthday.problem()
        if problem:
            errors["birthday"] = problem
    phones: list[Phone] = []
    for i, phone in enumerate(contact.phones):
        if not phone.number.strip():
            continue  # an empty row in the editor is not a phone
        try:
            phones.append(Phone(phone.label, normalize_phone(phone.number)))
        except InvalidPhone:
            errors[f"phones.{i}"] = BAD_PHONE
    addresses: list[Address] = []
    for i, a in enumerate(contact.addresses):
        if (a.lat is None) != (a.lon is None):
            errors[f"addresses.{i}.lat"] = HALF_COORDINATES
        if a.lat is not None and not (-90.0 <= a.lat <= 90.0):
            errors[f"addresses.{i}.lat"] = BAD_LATITUDE
        if a.lon is not None and not (-180.0 <= a.lon <= 180.0):
            errors[f"addresses.{i}.lon"] = BAD_LONGITUDE
        cleaned = Address(
            a.kind,
            a.text.strip(),
            a.province.strip(),
            a.city.strip(),
            a.district.strip(),
            a.lat,
            a.lon,
        )
        if cleaned.text or cleaned.district or cleaned.lat is not None:
            addresses.append(cleaned)
    if contact.id is not None and contact.introduced_by_id == contact.id:
        errors["introduced_by"] = SELF_INTRODUCED
    errors = {**control_character_problems(contact), **errors}
    if errors:
        raise InvalidContact(errors)
    tags = []
    for tag in contact.tags:
        tag = tag.strip()
        if tag and tag not in tags:
            tags.append(tag)
    ties = []
    for tie in contact.ties:
        cleaned_tie = Tie(tie.kind, tie.detail.strip())
        if cleaned_tie not in ties:
            ties.append(cleaned_tie)
    qualification = {q: contact.qualification.get(q, Answer.UNKNOWN) for q in _QUESTIONS}
    return Contact(
        id=contact.id,
        name=name,
        nickname=contact.nickname.strip(),
        gender=contact.gender,
        birthday=contact.birthday,
        phones=phones,
        addresses=addresses,
        company=contact.company.strip(),
        title=contact.title.strip(),
        occupation=contact.occupation.strip(),
        education=contact.education,
        marital_status=contact.marital_status,
        income_band=contact.income_band,
        hobbies=contact.hobbies.strip(),
        notes=contact.notes.strip(),
        friend_kinds=set(contact.friend_kinds),
        tags=tags,
        lead_source=contact.lead_source,
        qualification=qualification,
        stage=contact.stage,
        key_client=contact.key_client,
        introduced_by_id=contact.introduced_by_id,
        ties=ties,
        version=contact.version,
    )


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact table: what the book shows without opening the contact."""

    id: int
    name: str
    nickname: str
    company: str
    title: str
    phone: str
    district: str
    stage: Stage | None
    key_client: bool
    ties: tuple[TieKind, ...]
    qualification_score: int
    dossier: int = 0  # how complete the dossier is, in percent
    last_visit: dt.date | None = None  # the last visit marked done
    next_visit: dt.date | None = None  # the next open visit, from today on


@dataclass(frozen=True)
class BookFilter:
    """What the table shows: a tie group (or "no tie yet"), a district, a search text, or
    the trash."""

    tie: TieKind | None = None
    no_tie: bool = False
    search: str = ""
    trash: bool = False
    district: str = ""
    area: tuple[int, ...] | None = None  # the contacts inside a shape drawn on the map
    key_gaps: bool = False  # key clients only, the least known (dossier) first
    sort: str = ""  # a column of SORT_COLUMNS; "" is book order (or search rank)
    descending: bool = False


# What the table can be sorted by (ContactBook.list_ids sorts in SQL).
SORT_COLUMNS = ("name", "company", "title", "phone", "district", "ties", "stage", "score",
                "dossier", "last_visit", "next_visit")  # fmt: skip


@dataclass(frozen=True)
class TieCounts:
    """Live counts for the book tree."""

    total: int
    by_tie: dict[TieKind, int]
    no_tie: int
    trash: int
    # (district, contacts with an address there), most contacts first
    by_district: tuple[tuple[str, int], ...] = ()
    key_clients: int = 0


@dataclass(frozen=True)
class NearbyContact:
    """A contact within reach of another, for batching visits by area."""

    id: int
    name: str
    company: str
    district: str
    stage: Stage | None
    distance_km: float
    last_visited: dt.date | None = None
    # The address measured to (the one a visit planned from this list goes to).
    address_kind: AddressKind | None = None
