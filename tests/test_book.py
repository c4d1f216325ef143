"""The contact book: a full round trip, validation, tie counts, trash."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.contacts.book import ContactBook
from rmdesk.domain import contact as c
from rmdesk.domain.contact import Address, Birthday, BookFilter, Contact, Phone, Tie
from rmdesk.domain.errors import ContactNotFound, InvalidContact
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


def full_contact(introducer: int | None = None) -> Contact:
    return Contact(
        name=" 王建国 ",
        nickname="老王",
        gender=Gender.MALE,
        birthday=Birthday(CalendarKind.LUNAR, month=8, day=30, year=1975, leap=True),
        phones=[Phone(PhoneLabel.MOBILE, "139-1234-5678"), Phone(PhoneLabel.WORK, "0576-88123456")],
        addresses=[
            Address(AddressKind.HOME, "东海大道 1 号", "浙江省", "台州市", "椒江区", 28.67, 121.44),
            Address(AddressKind.WORK, "银安街 8 号", "浙江省", "台州市", "路桥区"),
        ],
        company="台州海德机械有限公司",
        title="财务总监",
        occupation="财务人员",
        education=Education.MASTER,
        marital_status=MaritalStatus.MARRIED,
        income_band=IncomeBand.FROM_500K,
        hobbies="钓鱼、茶道",
        notes="不吃海鲜",
        friend_kinds={FriendKind.WEALTHY, FriendKind.WISE},
        tags=["商会会员", "VIP", "VIP"],
        lead_source=LeadSource.REFERRAL,
        qualification={q: Answer.YES for q in Question} | {Question.VALUE: Answer.NO},
        stage=Stage.COMPARISON,
        key_client=True,
        introduced_by_id=introducer,
        ties=[
            Tie(TieKind.CLASSMATE, "浙大 2005 级"),
            Tie(TieKind.HOBBY, "钓鱼"),
            Tie(TieKind.KINSHIP),
        ],
    )


def test_round_trip_keeps_every_field(book: ContactBook) -> None:
    introducer = book.save(Contact(name="李介绍"))
    cid = book.save(full_contact(introducer))
    got = book.get(cid)
    assert got.name == "王建国"
    assert got.birthday == Birthday(CalendarKind.LUNAR, month=8, day=30, year=1975, leap=True)
    assert got.birthday.to_json() == {
        "calendar": "lunar",
        "year": 1975,
        "month": 8,
        "day": 30,
        "leap": True,
    }
    assert got.phones == [
        Phone(PhoneLabel.MOBILE, "+8613912345678"),
        Phone(PhoneLabel.WORK, "+8657688123456"),
    ]
    assert got.addresses[0].lat == 28.67 and got.addresses[0].district == "椒江区"
    assert got.addresses[1].lat is None
    assert got.friend_kinds == {FriendKind.WEALTHY, FriendKind.WISE}
    assert sorted(got.tags) == ["VIP", "商会会员"]
    assert got.qualification_score == 4 and not got.is_target_client
    assert got.stage is Stage.COMPARISON and got.key_client
    assert got.introduced_by_id == introducer and got.introduced_by_name == "李介绍"
    assert got.ties == [
        Tie(TieKind.CLASSMATE, "浙大 2005 级"),
        Tie(TieKind.HOBBY, "钓鱼"),
        Tie(TieKind.KINSHIP, ""),
    ]
    assert (got.education, got.marital_status, got.income_band, got.lead_source) == (
        Education.MASTER,
        MaritalStatus.MARRIED,
        IncomeBand.FROM_500K,
        LeadSource.REFERRAL,
    )
    got.ties = [Tie(TieKind.TRADE, "紫砂壶")]
    got.phones = []
    book.save(got)
    again = book.get(cid)
    assert again.ties == [Tie(TieKind.TRADE, "紫砂壶")] and again.phones == []


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("13800138000", "+8613800138000"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("8613800138000", "+8613800138000"),
        ("0086 138-0013-8000", "+8613800138000"),
        ("0576-88123456", "+8657688123456"),
        ("(010) 6552 9988", "+861065529988"),
        # Extensions are kept, however they were written.
        ("010-65123456 ext. 8001", "+861065123456;ext=8001"),
        ("010-65123456#8001", "+861065123456;ext=8001"),
        ("010-65123456-8001", "+861065123456;ext=8001"),
        ("010-65123456转8001", "+861065123456;ext=8001"),
        ("0576-88123456 分机 12", "+8657688123456;ext=12"),
        # Short numbers (banks' hotlines) are their digits; service numbers and
        # numbers of Hong Kong, Macau and Taiwan are read by the library too.
        ("95588", "95588"),
        ("955 55", "95555"),
        ("400-820-8820", "+864008208820"),
        ("+852 2123 4567", "+85221234567"),
        ("+853 2812 3456", "+85328123456"),
        ("+886 2 2123 4567", "+886221234567"),
    ],
)
def test_phones_normalised_to_plus_86(typed: str, e164: str) -> None:
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+8613800138000", "138 0013 8000"),
        ("+8657688123456", "0576-8812 3456"),
        ("+861065123456;ext=8001", "010-6512 3456 转8001"),
        ("95588", "95588"),
        ("+864008208820", "400 820 8820"),
        ("+85221234567", "+852 2123 4567"),
    ],
)
def test_phones_are_shown_as_people_write_them(stored: str, shown: str) -> None:
    from rmdesk.domain.phones import display_phone

    assert display_phone(stored) == shown


@pytest.mark.parametrize(
    "typed", ["1380013800", "138001380001", "abc", "+86 100 0000", "010-6512345-8001"]
)
def test_not_phones(typed: str) -> None:
    with pytest.raises(InvalidPhone):
        normalize_phone(typed)


@pytest.mark.parametrize(
    ("birthday", "problem"),
    [
        (Birthday(CalendarKind.SOLAR, 2, 29, 1999), c.BAD_DATE),
        (Birthday(CalendarKind.SOLAR, 2, 29, 2000), None),
        (Birthday(CalendarKind.SOLAR, 2, 29), None),
        (Birthday(CalendarKind.SOLAR, 4, 31), c.BAD_DATE),
        (Birthday(CalendarKind.SOLAR, 13, 1), c.BAD_DATE),
        (Birthday(CalendarKind.SOLAR, 5, 1, 2999), c.BAD_DATE),
        (Birthday(CalendarKind.SOLAR, 5, 1, leap=True), c.BAD_DATE),
        (Birthday(CalendarKind.LUNAR, 8, 30, leap=True), None),
        (Birthday(CalendarKind.LUNAR, 8, 31), c.BAD_LUNAR_DATE),
        (Birthday(CalendarKind.LUNAR, 13, 1), c.BAD_LUNAR_DATE),
    ],
)
def test_birthday_must_exist(birthday: Birthday, problem: str | None) -> None:
    assert birthday.problem() == problem


def test_nothing_invalid_is_saved(book: ContactBook) -> None:
    bad = Contact(
        name="  ",
        phones=[Phone(PhoneLabel.MOBILE, "1380013800"), Phone(PhoneLabel.MOBILE, "")],
        birthday=Birthday(CalendarKind.SOLAR, 2, 30, 1990),
        addresses=[Address(AddressKind.HOME, lat=28.0), Address(AddressKind.WORK, lat=95, lon=1)],
    )
    with pytest.raises(InvalidContact) as caught:
        book.save(bad)
    assert caught.value.errors == {
        "name": c.REQUIRED,
        "phones.0": c.BAD_PHONE,
        "birthday": c.BAD_DATE,
        "addresses.0.lat": c.HALF_COORDINATES,
        "addresses.1.lat": c.BAD_LATITUDE,
    }
    assert book.tie_counts().total == 0


def test_introducer_must_exist_and_not_be_self(book: ContactBook) -> None:
    with pytest.raises(ContactNotFound):
        book.save(Contact(name="甲", introduced_by_id=999))
    cid = book.save(Contact(name="乙"))
    me = book.get(cid)
    me.introduced_by_id = cid
    with pytest.raises(InvalidContact) as caught:
        book.save(me)
    assert caught.value.errors == {"introduced_by": c.SELF_INTRODUCED}


def test_tie_counts_count_each_tie_and_no_tie(book: ContactBook) -> None:
    a = book.save(
        Contact(
            name="甲",
            ties=[
                Tie(TieKind.CLASSMATE, "高中"),
                Tie(TieKind.CLASSMATE, "大学"),
                Tie(TieKind.KINSHIP),
            ],
        )
    )
    b = book.save(Contact(name="乙", ties=[Tie(TieKind.CLASSMATE)]))
    c_ = book.save(Contact(name="丙"))
    counts = book.tie_counts()
    assert counts.total == 3
    assert counts.by_tie[TieKind.CLASSMATE] == 2  # 甲 once, though with two details
    assert counts.by_tie[TieKind.KINSHIP] == 1
    assert counts.by_tie[TieKind.TRADE] == 0
    assert counts.no_tie == 1
    assert book.list_ids(BookFilter(tie=TieKind.CLASSMATE)) == [a, b]  # jia before yi
    assert book.list_ids(BookFilter(no_tie=True)) == [c_]
    book.move_to_trash([a])
    counts = book.tie_counts()
    assert counts.by_tie[TieKind.CLASSMATE] == 1 and counts.by_tie[TieKind.KINSHIP] == 0
    assert counts.trash == 1 and counts.total == 2


def test_trash_restore_and_empty(book: ContactBook) -> None:
    introducer = book.save(Contact(name="介绍人"))
    friend = book.save(
        Contact(
            name="朋友",
            introduced_by_id=introducer,
            phones=[Phone(PhoneLabel.MOBILE, "13800138000")],
        )
    )
    assert book.move_to_trash([friend]) == 1
    assert book.move_to_trash([friend]) == 0  # already there
    assert book.list_ids() == [introducer]
    assert book.restore([friend]) == 1
    assert set(book.list_ids()) == {introducer, friend}
    book.move_to_trash([introducer])
    assert book.empty_trash() == 1
    assert book.list_ids(BookFilter(trash=True)) == []
    survivor = book.get(friend)
    assert survivor.introduced_by_id is None and survivor.phones
    with pytest.raises(ContactNotFound):
        book.get(introducer)


@pytest.mark.parametrize("e164", ["+8613800138000", "+8619912345678", "+8615057612345"])
def test_quick_mobile_format_matches_phonenumbers(e164: str) -> None:
    import phonenumbers

    from rmdesk.domain.phones import display_phone

    parsed = phonenumbers.parse(e164, "CN")
    assert display_phone(e164) == phonenumbers.format_number(
        parsed, phonenumbers.PhoneNumberFormat.NATIONAL
    )


def test_the_book_sorts_by_every_column_in_sql(book: ContactBook) -> None:
    import dataclasses

    from rmdesk.domain.contact import SORT_COLUMNS
    from rmdesk.domain.kinds import Stage, VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    a = book.save(Contact(name="安娜", company="Beta 公司", stage=Stage.DESIRE))
    b = book.save(Contact(name="白居易", company="Acme 公司", stage=Stage.ATTENTION))
    c = book.save(Contact(name="曹操"))  # no company, no stage: last either way
    visits = VisitBook(book._store)
    today = dt.date.today()
    for cid, days, status in (
        (a, -5, VisitStatus.DONE),
        (b, -2, VisitStatus.DONE),
        (a, 3, VisitStatus.BOOKED),
        (b, 9, VisitStatus.PROPOSED),
    ):
        visits.save(VisitPlan(contact_id=cid, status=status, time=VisitTime.appointment(
            dt.datetime.combine(today + dt.timedelta(days=days), dt.time(10)))))  # fmt: skip

    def ids(column: str, descending: bool = False) -> list[int]:
        return book.list_ids(BookFilter(sort=column, descending=descending))

    assert ids("company") == [b, a, c] and ids("company", True) == [a, b, c]
    assert ids("stage") == [b, a, c], "in the pipeline's order, not the alphabet's"
    assert ids("last_visit", True) == [b, a, c] and ids("next_visit") == [a, b, c]
    for column in SORT_COLUMNS:
        assert sorted(ids(column)) == sorted([a, b, c]), column
    rows = book.rows([a])
    assert rows[a].last_visit == today - dt.timedelta(days=5)
    assert rows[a].next_visit == today + dt.timedelta(days=3)
    # The first screen of a sorted list is the head of the whole list.
    assert book.list_ids(BookFilter(sort="company"), limit=2) == ids("company")[:2]
    assert dataclasses.replace(BookFilter(), sort="name").sort == "name"
