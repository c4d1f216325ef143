"""The dossier: sections round trip, companies, ID numbers, completeness, referrals,
introduction paths, and the briefing with its redaction (read back from the PDF)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.contacts.book import ContactBook
from rmdesk.domain import idcard
from rmdesk.domain.contact import Birthday, Contact, Tie
from rmdesk.domain.dossier import (
    SECTIONS,
    Company,
    CompanyRole,
    Dossier,
    FamilyEvent,
    Industry,
    Job,
    Person,
    completeness,
)
from rmdesk.domain.errors import InvalidDossier
from rmdesk.domain.kinds import (
    CalendarKind,
    Circle,
    Cuisine,
    Gender,
    IncomeBand,
    Introduction,
    LifeCycle,
    Relationship,
    Role,
    Smoking,
    Style,
    TieKind,
)
from rmdesk.domain.lunar import lunar_to_solar, next_lunar_date
from rmdesk.dossier.briefing import briefing_for, default_address, next_birthday
from rmdesk.dossier.records import DossierBook
from rmdesk.dossier.referrals import open_thank_yous, referral_tree, ways_in
from rmdesk.planning.holidays import is_working_day

VALID_ID = "11010519491231002X"  # the standard's own example


def full_dossier(contact_id: int, friend: int) -> Dossier:
    return Dossier(
        contact_id=contact_id,
        address_as="王总",
        id_number=VALID_ID,
        ethnicity="汉族",
        hukou="浙江台州",
        nationality="中国",
        blood_type="O",
        height_cm=175,
        weight_kg=70,
        education_notes="浙江大学 1998 级",
        family_notes="妻子是老师",
        wedding_date=dt.date(1999, 10, 1),
        family_events=[
            FamilyEvent(dt.date(2027, 6, 7), "儿子高考"),
            FamilyEvent(dt.date(1953, 3, 2), "母亲生日", yearly=True),
        ],
        people=[
            Person(Circle.RELATIVE, "王父", "父亲", "退休", 5),
            Person(Circle.FRIEND, "", "大学室友", "律师", 4, linked_id=friend),
        ],
        people_notes="看重朋友",
        jobs=[Job("台州某国企", "技术员", "1998–2004")],
        career_notes="最自豪的是带出团队",
        health="高血压，在吃药",
        drinks="白酒",
        drink_amount="半斤",
        smoking=Smoking.NO,
        cuisines=[Cuisine.SICHUAN, Cuisine.SEAFOOD],
        allergies="花生过敏",
        restaurants="新荣记",
        life_notes="周末钓鱼",
        religion="佛教",
        taboos="饭桌上不谈生意",
        style=Style.CAUTIOUS,
        character_notes="细致",
        experience_notes="想把企业交给儿子",
        opinion_of_us="觉得审批慢",
        competitor_banks=["工商银行", "台州银行"],
        favoured_bank="台州银行",
        first_business=dt.date(2018, 3, 8),
        business_with_us="代发工资",
        relationship=Relationship.GOOD,
        other_notes="愿意听建议",
        introduction=Introduction.MET,
    )


@pytest.fixture
def two(book: ContactBook) -> tuple[int, int]:
    a = book.save(Contact(name="王建国", company="海德机械有限公司", title="总经理"))
    b = book.save(Contact(name="李丽", company="海德机械有限公司", title="财务总监"))
    return a, b


def test_every_section_round_trips(store, two) -> None:
    a, b = two
    dossiers = DossierBook(store)
    assert completeness(dossiers.get(a)) == (0, list(SECTIONS))
    original = full_dossier(a, b)
    assert dossiers.save(original) == 100
    assert dossiers.get(a) == original
    assert store.read("SELECT completeness FROM dossiers WHERE contact_id = :id", {"id": a}) == [
        (100,)
    ]


def test_completeness_names_the_empty_sections(two, store) -> None:
    a, _b = two
    partial = Dossier(contact_id=a, taboos="不喝酒", opinion_of_us="满意")
    percent, empty = completeness(partial)
    assert percent == 20
    assert "character" not in empty and "attitude" not in empty and empty[0] == "basic"
    assert DossierBook(store).save(partial) == 20


def test_id_numbers() -> None:
    assert idcard.problem(VALID_ID) is None
    assert idcard.problem("110105 19491231 002x") is None, "spaces and a small x are fine"
    assert idcard.problem("110105194912310021") == idcard.BAD_ID_CHECKSUM
    assert idcard.problem("110105194902300026") == idcard.BAD_ID_DATE  # 30 February
    assert idcard.problem("11010519491231002") == idcard.BAD_ID_FORM
    assert idcard.problem("") is None
    assert idcard.birth_date(VALID_ID) == dt.date(1949, 12, 31)
    assert idcard.mask(VALID_ID) == "110105********002X"
    assert "19491231" not in idcard.mask(VALID_ID)


def test_old_cards_dashes_region_and_sex_are_read() -> None:
    # A 15-digit card (before 1999) is upgraded to its 18-digit number, as the office does.
    assert idcard.normalize("110105491231002") == "11010519491231002X"
    assert idcard.problem("110105491231002") is None
    assert idcard.birth_date("110105491231002") == dt.date(1949, 12, 31)
    assert idcard.normalize("110105-19491231-002x") == "11010519491231002X"
    assert idcard.problem("１１０１０５１９４９１２３１００２Ｘ") is None
    # The first two digits name a province: 99 names none (and the checksum can't tell).
    bad_region = "99010519491231002"
    assert idcard.problem(bad_region + idcard.check_character(bad_region)) == idcard.BAD_ID_REGION
    assert idcard.province(VALID_ID) == "北京" and idcard.province("330102") == "浙江"
    # The 17th digit: odd for a man, even for a woman.
    assert idcard.sex(VALID_ID) is Gender.FEMALE
    male = "33100219800101001"
    assert idcard.sex(male + idcard.check_character(male)) is Gender.MALE
    assert idcard.sex("") is None


def test_a_bad_id_number_is_refused_and_nothing_is_written(store, two) -> None:
    a, _b = two
    with pytest.raises(InvalidDossier) as caught:
        DossierBook(store).save(Dossier(contact_id=a, id_number="110105194912310021"))
    assert caught.value.errors == {"id_number": idcard.BAD_ID_CHECKSUM}
    assert store.read("SELECT count(*) FROM dossiers") == [(0,)]


def test_companies_industries_and_roles(store, two) -> None:
    a, b = two
    dossiers = DossierBook(store)
    industry = dossiers.save_industry(
        Industry("机械", cost_structure="钢材占六成", life_cycle=LifeCycle.MATURITY)
    )
    company = dossiers.save_company(
        Company("海德机械有限公司", scale="300 人", stage=LifeCycle.GROWTH, industry_id=industry)
    )
    dossiers.set_roles(
        a,
        [CompanyRole(company, a, Role.LEGAL_PERSON), CompanyRole(company, a, Role.DECISION_MAKER)],
    )
    dossiers.set_roles(b, [CompanyRole(company, b, Role.FINANCE_HEAD)])
    assert {r.role for r in dossiers.roles_of(a)} == {Role.LEGAL_PERSON, Role.DECISION_MAKER}
    assert {(r.contact_id, r.role) for r in dossiers.people_of(company)} == {
        (a, Role.LEGAL_PERSON),
        (a, Role.DECISION_MAKER),
        (b, Role.FINANCE_HEAD),
    }
    saved = dossiers.company(company)
    assert saved.industry_id == industry and saved.stage is LifeCycle.GROWTH
    assert dossiers.industries()[0].life_cycle is LifeCycle.MATURITY


def test_referral_tree_and_thank_you_tasks(store, book: ContactBook) -> None:
    a = book.save(Contact(name="甲"))
    b = book.save(Contact(name="乙", introduced_by_id=a))
    c = book.save(Contact(name="丙", introduced_by_id=b))
    d = book.save(Contact(name="丁", introduced_by_id=b))
    e = book.save(Contact(name="戊", introduced_by_id=a))
    dossiers = DossierBook(store)
    dossiers.set_introduction(b, Introduction.CLIENT)
    dossiers.set_introduction(c, Introduction.MET)
    dossiers.set_introduction(d, Introduction.DECLINED)
    dossiers.set_introduction(e, Introduction.INTRODUCED)
    root, path = referral_tree(store, c)
    assert root.id == a and path == [a, b, c]
    assert [n.id for n in root.walk()] == [a, b, c, d, e]
    assert root.brought == 2 and root.brought_in_all == 4
    node_b = root.children[0]
    assert node_b.brought == 2 and node_b.status is Introduction.CLIENT
    tasks = open_thank_yous(store)
    assert {(t.contact_id, t.introducer_id) for t in tasks} == {(b, a), (c, b)}
    dossiers.mark_thanked([c], dt.date(2026, 11, 1))
    assert {t.contact_id for t in open_thank_yous(store)} == {b}


def test_ways_in_rank_introducer_and_close_ties_first(store, book: ContactBook) -> None:
    target = book.save(
        Contact(
            name="目标",
            company="海德机械有限公司",
            ties=[Tie(TieKind.CLASSMATE, "浙大 2005 级"), Tie(TieKind.HOBBY, "")],
        )
    )
    introducer = book.save(Contact(name="介绍人"))
    book.save(
        Contact(
            name="目标",
            id=target,
            company="海德机械有限公司",
            introduced_by_id=introducer,
            ties=[Tie(TieKind.CLASSMATE, "浙大 2005 级"), Tie(TieKind.HOBBY, "")],
        )
    )
    classmate = book.save(Contact(name="同学", ties=[Tie(TieKind.CLASSMATE, "浙大 2005 级")]))
    colleague = book.save(Contact(name="同事", company="海德机械有限公司"))
    hobby = book.save(Contact(name="球友", ties=[Tie(TieKind.HOBBY, "")]))
    stranger = book.save(Contact(name="路人"))
    ways = ways_in(store, target)
    order = [w.contact_id for w in ways]
    assert order[0] == introducer
    assert set(order[1:3]) == {classmate, colleague}
    assert order.index(hobby) > 2 and stranger not in order
    assert ways[0].reasons[0][0] == "introduced_them"


def test_lunar_rules() -> None:
    # 2025 has a leap sixth month; 2026 does not.
    assert lunar_to_solar(2025, 6, 10, leap=True) != lunar_to_solar(2025, 6, 10)
    assert lunar_to_solar(2026, 6, 10, leap=True) == lunar_to_solar(2026, 6, 10)
    # Day 30 of a 29-day month falls on day 29 (lunar 2026/2 has 29 days).
    assert lunar_to_solar(2026, 2, 30) == lunar_to_solar(2026, 2, 29)
    assert next_lunar_date(8, 15, False, dt.date(2025, 10, 1)) == dt.date(2025, 10, 6)


def test_birthdays_and_address() -> None:
    leapling = Contact(name="张三", birthday=Birthday(CalendarKind.SOLAR, 2, 29, 1988))
    assert next_birthday(leapling, dt.date(2026, 2, 1)) == dt.date(2026, 2, 28)
    assert next_birthday(leapling, dt.date(2027, 12, 1)) == dt.date(2028, 2, 29)
    assert default_address(Contact(name="欧阳修", title="董事长")) == "欧阳董"
    assert default_address(Contact(name="李四")) == "李四", "no gender: no 先生"


@pytest.fixture
def briefing_book(store, two) -> tuple[int, int]:
    a, b = two
    book = ContactBook(store)
    contact = book.get(a)
    book.save(
        Contact(
            **{
                **contact.__dict__,
                "income_band": IncomeBand.FROM_1M,
                "birthday": Birthday(CalendarKind.SOLAR, 12, 10, 1975),
            }
        )
    )
    DossierBook(store).save(full_dossier(a, b))
    return a, b


def pdf_text(path: Path) -> tuple[int, str]:
    """Pages and text of a PDF, read back with Qt's PDF module (tests ask for `qapp`)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    pages = doc.pageCount()
    text = "\n".join(doc.getAllText(n).text() for n in range(pages))
    doc.close()
    return pages, text


def test_briefing_content(store, briefing_book) -> None:
    a, _b = briefing_book
    b = briefing_for(store, a, dt.date(2026, 11, 29))
    assert b.address_as == "王总"
    assert b.style is Style.CAUTIOUS and b.approach_zh
    prefs = dict(b.preferences)
    assert "川菜" in prefs["cuisines"] and prefs["allergies"] == "花生过敏"
    assert [(d, code) for d, code, _x in b.dates] == [(dt.date(2026, 12, 10), "birthday")]
    assert dict(b.holdings)["favoured_bank"] == "台州银行"
    assert b.sensitive == [], "unticked: no part of the ID number, not even masked"


def test_briefing_pdf_redacts_unless_asked(
    qapp, store, briefing_book, db_path, tmp_path, capsys
) -> None:
    a, _b = briefing_book
    store.close()
    out = tmp_path / "brief.pdf"
    assert main(["briefing", "--contact", str(a), "-o", str(out), "--db", str(db_path)]) == 0
    pages, text = pdf_text(out)
    assert pages == 1
    assert "王建国" in text and "王总" in text and "川菜" in text, "real, searchable Chinese text"
    assert "002X" not in text and "110105" not in text, "no part of the ID number"
    for secret in (VALID_ID, "高血压", "佛教", "100万"):
        assert secret not in text, f"{secret} left the machine without being asked"
    full = tmp_path / "full.pdf"
    args = ["briefing", "--contact", str(a), "-o", str(full), "--db", str(db_path)]
    assert main([*args, "--include-sensitive"]) == 0
    _pages, text = pdf_text(full)
    for secret in (VALID_ID, "高血压", "佛教", "100万"):
        assert secret in text
    for pdf in (out, full):
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600, "other users cannot read it"


def test_day_briefing_has_one_page_per_client(qapp, demo_file: Path, tmp_path: Path) -> None:
    from rmdesk.planning.visits import VisitBook
    from rmdesk.store.database import open_store

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    store = open_store(copy)
    day = dt.date.today() + dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    clients = {p.contact_id for p in VisitBook(store).for_day(day)}
    with_ids = store.read("SELECT count(*) FROM dossiers WHERE id_number <> ''")[0][0]
    store.close()
    assert with_ids > 0, "the demo book sets sensitive fields"
    out = tmp_path / "day.pdf"
    assert main(["briefing", "--date", day.isoformat(), "-o", str(out), "--db", str(copy)]) == 0
    pages, _text = pdf_text(out)
    assert pages == len(clients) > 1


def test_briefing_to_a_missing_folder_is_a_clear_error(db_path, tmp_path, capsys) -> None:
    out = tmp_path / "nowhere" / "b.pdf"
    assert main(["briefing", "--contact", "1", "-o", str(out), "--db", str(db_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_search_finds_what_the_dossier_says_but_never_sensitive_fields(store, two) -> None:
    from rmdesk.domain.contact import BookFilter

    a, b = two
    book = ContactBook(store)
    DossierBook(store).save(full_dossier(a, b))
    assert book.list_ids(BookFilter(search="川菜")) == [a]
    assert book.list_ids(BookFilter(search="台州银行")) == [a]
    assert book.list_ids(BookFilter(search="谨慎")) == [a], "the communication style"
    for secret in ("高血压", "佛教", "19491231"):
        assert book.list_ids(BookFilter(search=secret)) == []
    # Editing the contact keeps the dossier's terms in the index.
    contact = book.get(a)
    book.save(Contact(**{**contact.__dict__, "notes": "新备注"}))
    assert book.list_ids(BookFilter(search="川菜")) == [a]
    assert book.list_ids(BookFilter(search="新备注")) == [a]


@pytest.mark.parametrize(
    ("name", "title", "gender", "form"),
    [
        ("司徒雷登", "", Gender.MALE, "司徒先生"),
        ("尉迟恭", "", Gender.MALE, "尉迟先生"),
        ("万俟卨", "", Gender.MALE, "万俟先生"),
        ("端木蓉", "", Gender.FEMALE, "端木女士"),
        ("刘洋", "总经理助理", Gender.MALE, "刘先生"),
        ("陈静", "总台接待", Gender.FEMALE, "陈女士"),
        ("王建国", "副总经理", Gender.MALE, "王总"),
        ("赵敏", "总裁", Gender.FEMALE, "赵总"),
        ("钱多", "董事长兼总经理", Gender.MALE, "钱董"),
        ("孙立", "副行长", Gender.MALE, "孙行长"),
        ("周正", "行长", None, "周行长"),
        ("吴德", "税务局局长", Gender.MALE, "吴局"),
        ("郑和", "办公室主任", Gender.MALE, "郑主任"),
        ("冯唐", "教授", Gender.MALE, "冯教授"),
        ("褚英", "律师", Gender.FEMALE, "褚律师"),
        ("卫青", "主治医生", Gender.MALE, "卫医生"),
        ("蒋勤", "高级工程师", Gender.MALE, "蒋工"),
        ("沈一", "", None, "沈一"),
    ],
)
def test_forms_of_address(name: str, title: str, gender, form: str) -> None:
    assert default_address(Contact(name=name, title=title, gender=gender)) == form


def test_saving_a_dossier_is_one_transaction(store, monkeypatch) -> None:
    """The dossier editor's save (dossier, company, roles) failing on its last write
    leaves the dossier as it was, not half-saved."""
    import rmdesk.dossier.records as records
    from rmdesk.domain.kinds import Role

    cid = ContactBook(store).save(Contact(name="王建国"))
    dossiers = DossierBook(store)
    dossiers.save(Dossier(contact_id=cid, taboos="不谈政治"))
    before = dossiers.get(cid)

    def failing_roles(_s, _cid, _roles) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(records.DossierBook, "_set_roles", staticmethod(failing_roles))
    changed = dataclasses.replace(before, taboos="不谈房价", health="高血压")
    with pytest.raises(OSError):
        dossiers.save_with_company(changed, "海德机械", [Role.DECISION_MAKER])
    assert dossiers.get(cid) == before
    assert not [c for c in dossiers.companies() if c.name == "海德机械"]
    assert dossiers.roles_of(cid) == []


def test_companies_and_industries_are_listed_in_pinyin_order(store) -> None:
    """As the book lists people: 安徽 before 北京 before 浙江 (by code point 北 would come
    first and 浙 before 餐)."""
    dossiers = DossierBook(store)
    for name in ("浙江海德机械", "北京中关电子", "安徽华源纺织"):
        dossiers.save_company(Company(name))
    for name in ("制造业", "餐饮", "房地产"):
        dossiers.save_industry(Industry(name))
    assert [c.name for c in dossiers.companies()] == [
        "安徽华源纺织",
        "北京中关电子",
        "浙江海德机械",
    ]
    assert [i.name for i in dossiers.industries()] == ["餐饮", "房地产", "制造业"]
