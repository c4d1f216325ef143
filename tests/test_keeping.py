"""Keeping clients: products and maturities, the selling rules, key clients overdue, the
Today items of a fixed date (lunar birthdays, festivals, overdue follow-ups), done and
snoozed marks, and `rmdesk today` / `rmdesk products list`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.activity import CallLog, VisitLog
from rmdesk.domain.contact import Birthday, Contact
from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import KeyClientPlan, Product, SellRule
from rmdesk.domain.kinds import CalendarKind, CallOutcome, KeyDirection, ProductType
from rmdesk.domain.lunar import lunar_to_solar
from rmdesk.keeping.today import greeting
from rmdesk.services import build_services
from rmdesk.services.events import KeepingChanged
from rmdesk.store.database import open_store

DAY = dt.date(2026, 12, 7)  # a Monday


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def kinds_of(items, kind: str) -> list:
    return [i for i in items if i.kind == kind]


def test_maturities_show_their_reminder_days_ahead_and_maturing_within(services) -> None:
    cid = services.contacts.save(Contact(name="王建国"))
    soon = Product(
        cid,
        ProductType.DEPOSIT,
        "三年期定期",
        500_000,
        DAY - dt.timedelta(1000),
        DAY + dt.timedelta(10),
    )
    later = Product(cid, ProductType.LOAN, "经营贷", 2_000_000, DAY, DAY + dt.timedelta(40))
    seen: list[object] = []
    services.events.subscribe(seen.append)
    soon_id = services.keeping.save_product(soon)
    services.keeping.save_product(later)
    assert KeepingChanged((cid,)) in seen
    (back,) = [p for p in services.keeping.products_of(cid) if p.id == soon_id]
    assert (back.amount_yuan, back.maturity, back.name) == (500_000, soon.maturity, "三年期定期")
    within = services.keeping.products(DAY, DAY + dt.timedelta(14))
    assert [h.product.id for h in within] == [soon_id]
    # Today on DAY: the reminder is there 14 days ahead (the default), dated at maturity.
    items = services.keeping.today(DAY, DAY, ahead=True)
    (maturity,) = kinds_of(items, "maturity")
    assert (maturity.date, maturity.contact_id) == (soon.maturity, cid)
    assert maturity.title == "三年期定期 50万元到期"
    assert kinds_of(services.keeping.today(DAY, DAY), "maturity") == [], "no look-ahead"
    # A maturity before the start, a negative amount: said per field, nothing saved.
    with pytest.raises(InvalidActivity) as bad:
        services.keeping.save_product(
            Product(cid, ProductType.FUND, "", -1, DAY, DAY - dt.timedelta(1))
        )
    assert set(bad.value.errors) == {"amount", "maturity"}
    assert len(services.keeping.products_of(cid)) == 2


def test_selling_rules_suggest_with_their_reason_and_can_be_edited(services) -> None:
    saver = services.contacts.save
    depositor, borrower, card, has_both = (saver(Contact(name=n)) for n in ("甲", "乙", "丙", "丁"))
    services.keeping.save_product(
        Product(depositor, ProductType.DEPOSIT, "", 1, None, DAY + dt.timedelta(20))
    )
    services.keeping.save_product(Product(borrower, ProductType.LOAN, "", 1, None, None))
    services.keeping.save_product(Product(card, ProductType.DEBIT_CARD, "", 0, None, None))
    services.keeping.save_product(Product(has_both, ProductType.LOAN))
    services.keeping.save_product(Product(has_both, ProductType.CREDIT_LINE))
    found = {(s.contact_id, s.suggest) for s in services.keeping.suggestions(DAY)}
    assert found == {
        (depositor, ProductType.WEALTH),
        (borrower, ProductType.CREDIT_LINE),
        (card, ProductType.VIP_CARD),
    }
    assert all(s.reason for s in services.keeping.suggestions(DAY))
    # The deposit rule looks 30 days ahead: a deposit maturing later suggests nothing.
    assert services.keeping.suggestions(DAY - dt.timedelta(20), depositor) == []
    # The user edits the rules: only theirs apply.
    services.keeping.save_rules(
        [SellRule(ProductType.LOAN, ProductType.INSURANCE, "贷款客户配保障")]
    )
    assert [(s.contact_id, s.suggest, s.reason) for s in services.keeping.suggestions(DAY)] == [
        (borrower, ProductType.INSURANCE, "贷款客户配保障"),
        (has_both, ProductType.INSURANCE, "贷款客户配保障"),
    ]
    with pytest.raises(InvalidActivity):
        services.keeping.save_rules([SellRule(ProductType.LOAN, ProductType.FUND, "  ")])
    assert len(services.keeping.rules()) == 1, "a bad rule list changes nothing"


def test_key_clients_not_contacted_within_their_target_are_overdue(services) -> None:
    save = services.contacts.save
    called, visited, never, exiting, ordinary = (
        save(Contact(name=n, key_client=k))
        for n, k in (("甲", True), ("乙", True), ("丙", True), ("丁", True), ("戊", False))
    )
    services.keeping.save_plan(KeyClientPlan(called, KeyDirection.DEEPEN, every_days=14))
    services.keeping.save_plan(KeyClientPlan(exiting, KeyDirection.EXIT, every_days=14))
    at = dt.datetime.combine(DAY - dt.timedelta(20), dt.time(10))
    services.activity.log_call(CallLog(called, at, CallOutcome.REACHED))
    services.activity.log_call(CallLog(visited, at, CallOutcome.NO_ANSWER))  # not contact
    services.activity.log_visit(VisitLog(visited, DAY - dt.timedelta(25)))
    overdue = {o.contact_id: o for o in services.keeping.overdue_key_clients(DAY)}
    assert set(overdue) == {called, never}, "30 days without a plan; an exit plan has none"
    assert overdue[called].due() == (at + dt.timedelta(14)).date()
    assert overdue[never].last_contact is None
    assert services.keeping.plan_of(called).direction is KeyDirection.DEEPEN
    # A plan makes a key client of an ordinary one.
    services.keeping.save_plan(KeyClientPlan(ordinary, every_days=7))
    assert services.contacts.get(ordinary).key_client
    with pytest.raises(InvalidActivity):
        services.keeping.save_plan(KeyClientPlan(ordinary, every_days=0))


def test_today_has_lunar_birthdays_festivals_and_overdue_follow_ups_and_marks(services) -> None:
    # A lunar birthday kept this year on DAY + 3, a solar one on DAY, a 29 February one.
    year = 2026
    target = DAY + dt.timedelta(3)
    lunar = next(
        (m, d) for m in range(1, 13) for d in range(1, 30) if lunar_to_solar(year, m, d) == target
    )
    saver = services.contacts.save
    lunar_id = saver(Contact(name="农历", birthday=Birthday(CalendarKind.LUNAR, *lunar)))
    solar_id = saver(Contact(name="公历", birthday=Birthday(CalendarKind.SOLAR, 12, 7, 1980)))
    leap_id = saver(Contact(name="闰日", birthday=Birthday(CalendarKind.SOLAR, 2, 29)))
    services.activity.log_visit(
        VisitLog(
            solar_id, DAY - dt.timedelta(9), next_step="送资料", next_date=DAY - dt.timedelta(2)
        )
    )
    items = services.keeping.today(DAY, DAY, ahead=True)
    births = {i.contact_id: i.date for i in kinds_of(items, "birthday")}
    assert births == {solar_id: DAY, lunar_id: target}
    assert "农历" in next(i.title for i in items if i.contact_id == lunar_id)
    (follow_up,) = kinds_of(items, "follow_up")
    assert follow_up.date == DAY - dt.timedelta(2), "overdue: dated when it fell due"
    feb = services.keeping.today(dt.date(2027, 2, 28), dt.date(2027, 2, 28))
    assert [i.contact_id for i in kinds_of(feb, "birthday")] == [leap_id], "28 Feb in 2027"
    # Festivals: 圣诞 and 元旦 a few weeks on, 中秋 by the lunar calendar.
    late = services.keeping.today(dt.date(2026, 12, 20), dt.date(2027, 1, 2))
    assert [(i.date, i.who) for i in kinds_of(late, "festival")] == [
        (dt.date(2026, 12, 25), "圣诞"),
        (dt.date(2027, 1, 1), "元旦"),
    ]
    autumn = services.keeping.today(dt.date(2026, 9, 20), dt.date(2026, 9, 30))
    assert [i.who for i in kinds_of(autumn, "festival")] == ["中秋"]  # 25 September 2026
    # Done and snooze: a birthday greeted is done; the follow-up snoozed moves.
    (birthday,) = [i for i in items if i.contact_id == solar_id and i.kind == "birthday"]
    services.keeping.mark_done(birthday)
    services.keeping.snooze(follow_up, DAY + dt.timedelta(1))
    again = services.keeping.today(DAY, DAY, ahead=True)
    assert [i.done for i in again if i.key == birthday.key] == [True]
    assert kinds_of(again, "follow_up") == []
    tomorrow = services.keeping.today(DAY + dt.timedelta(1), DAY + dt.timedelta(1))
    assert [i.date for i in kinds_of(tomorrow, "follow_up")] == [DAY + dt.timedelta(1)]
    # The greeting speaks to the client as they are addressed, for the occasion.
    assert greeting(birthday).startswith("公历，今天是您的生日")
    dragon = next(
        i
        for i in services.keeping.today(dt.date(2026, 6, 19), dt.date(2026, 6, 19))
        if i.kind == "festival"
    )
    assert "端午安康" in greeting(dragon)


def test_today_and_products_on_the_command_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    import shutil

    db = tmp_path / "book.sqlite"
    shutil.copy(demo_file, db)
    today = dt.date.today()
    assert (
        main(["today", "--db", str(db), "--date", today.isoformat(), "--days", "30", "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == today.isoformat()
    kinds = {i["kind"] for i in data["items"]}
    assert {"maturity", "follow_up", "key_client_overdue", "birthday"} <= kinds
    for item in data["items"]:
        assert set(item) == {"kind", "date", "contact", "title", "done"}
        assert item["date"] <= (today + dt.timedelta(29)).isoformat()
    with sqlite3.connect(db) as conn:
        due = conn.execute(
            "SELECT count(*) FROM products WHERE maturity BETWEEN ? AND ?",
            (today.isoformat(), (today + dt.timedelta(30)).isoformat()),
        ).fetchone()[0]
    assert main(["products", "list", "--db", str(db), "--maturing-within", "30", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == due > 0
    assert set(listed[0]) >= {"contact", "type", "amount", "start", "maturity"}
    assert [p["maturity"] for p in listed] == sorted(p["maturity"] for p in listed)
    with pytest.raises(SystemExit) as refused:
        main(["today", "--db", str(db), "--date", "2026-13-01"])
    assert refused.value.code == 2
    assert "2026-13-01" in capsys.readouterr().err


def test_family_events_and_weddings_are_greeting_reminders(services) -> None:
    from rmdesk.domain.dossier import Dossier, FamilyEvent
    from rmdesk.dossier.briefing import special_dates

    cid = services.contacts.save(Contact(name="王建国"))
    gone = services.contacts.save(Contact(name="李梅"))
    exam = FamilyEvent(DAY + dt.timedelta(3), "儿子高考")
    long_ago = FamilyEvent(DAY - dt.timedelta(400), "女儿出嫁")  # one-off, long past
    birthday = FamilyEvent(dt.date(2001, DAY.month, DAY.day + 1), "女儿生日", yearly=True)
    services.dossiers.save(
        Dossier(
            cid,
            address_as="王总",
            taboos="不喝酒",
            wedding_date=dt.date(1996, DAY.month, DAY.day + 2),
            family_events=[exam, long_ago, birthday],
        )
    )
    services.dossiers.save(Dossier(gone, family_events=[FamilyEvent(DAY, "孙子满月")]))
    services.contacts.move_to_trash([gone])
    items = services.keeping.today(DAY, DAY + dt.timedelta(6))
    family = [(i.date, i.title) for i in kinds_of(items, "anniversary")]
    assert family == [
        (DAY + dt.timedelta(1), "王总家：女儿生日"),
        (DAY + dt.timedelta(2), "王总 结婚30周年纪念日"),
        (DAY + dt.timedelta(3), "王总家：儿子高考"),
    ], "yearly on this year's day; one-off on its own; the trashed client's not at all"
    item = next(i for i in items if i.title.endswith("儿子高考"))
    assert "不喝酒" in item.hint, "the dossier's taboos beside it"
    assert greeting(item, "小李") == "王总，得知儿子高考，预祝孩子考试顺利、金榜题名！——小李"
    # `rmdesk today --json` reports them with the fixed kinds.
    dates = special_dates(services.contacts.get(cid), services.dossiers.get(cid), DAY)
    assert (DAY + dt.timedelta(3), "family_event", "儿子高考") in dates
    assert (DAY + dt.timedelta(2), "wedding_anniversary", "") in dates


def test_lunar_days_of_a_period_are_those_of_every_lunar_year_around_it() -> None:
    """Today reads only the lunar years that can reach its period: the days found are
    those found by converting every lunar date of the years around it, for periods
    across new years, leap months (闰六月 2025) and the turn of the solar year."""
    from rmdesk.keeping.today import lunar_keys

    def every_year(first: dt.date, last: dt.date) -> dict[int, dt.date]:
        out = {}
        for year in range(first.year - 2, last.year + 2):
            for month in range(1, 13):
                for day in range(1, 31):
                    for leap in (False, True):
                        when = lunar_to_solar(year, month, day, leap)
                        if first <= when <= last:
                            out[leap * 10000 + month * 100 + day] = when
        return out

    start = dt.date(2024, 12, 1)
    for n in range(0, 3 * 365, 9):
        first = start + dt.timedelta(n)
        for length in (0, 7, 40):
            last = first + dt.timedelta(length)
            assert lunar_keys(first, last) == every_year(first, last), (first, last)


def test_festivals_and_lunar_texts_read_only_the_years_they_need() -> None:
    """Festivals found from the lunar years that reach the period are those of every
    year around it, the eve (除夕) included; a day's lunar text read from the months
    Today computed is lunar-python's own, every day of four years."""
    from lunar_python import Solar

    from rmdesk.domain.lunar import lunar_text, lunar_text_of
    from rmdesk.planning.holidays import EVE, FESTIVALS, festivals

    def every_year(first: dt.date, last: dt.date) -> list[tuple[dt.date, str, str]]:
        out = []
        for year in range(first.year - 2, last.year + 2):
            for code, name, month, day in FESTIVALS:
                when = lunar_to_solar(year, month, day)
                if first <= when <= last:
                    out.append((when, code, name))
            eve = lunar_to_solar(year + 1, 1, 1) - dt.timedelta(days=1)
            if first <= eve <= last:
                out.append((eve, *EVE))
        return sorted(out)

    start = dt.date(2024, 12, 1)
    for n in range(0, 3 * 365, 5):
        first = start + dt.timedelta(n)
        for length in (0, 7, 40):
            last = first + dt.timedelta(length)
            assert festivals(first, last) == every_year(first, last), (first, last)
    day = dt.date(2024, 1, 1)
    while day.year < 2028:
        lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
        month = lunar.getMonth()
        assert lunar_text_of(day) == lunar_text(abs(month), lunar.getDay(), month < 0), day
        day += dt.timedelta(days=1)


def test_the_first_of_a_day_are_its_appointments_calls_and_follow_ups_as_the_day_has_them(
    demo_file: Path, tmp_path: Path
) -> None:
    import shutil

    from rmdesk.keeping.today import FIRST_KINDS

    path = tmp_path / "book.sqlite"
    shutil.copy(demo_file, path)
    services = build_services(open_store(path))
    try:
        today = dt.date.today()
        call = next(i for i in services.keeping.today(today, today, ahead=True) if i.kind == "call")
        services.keeping.mark_done(call)  # a call-back's "done" is a reminder mark
        kinds: set[str] = set()
        for day in (today - dt.timedelta(1), today, today + dt.timedelta(2)):
            whole = services.keeping.today(day, day, ahead=True)
            first = services.keeping.today_first(day, day)
            assert first == [i for i in whole if i.kind in FIRST_KINDS]
            kinds |= {i.kind for i in first}
            assert len(first) < len(whole), "the rest of the day comes after"
        assert kinds == FIRST_KINDS
        first_today = services.keeping.today_first(today, today)
        assert [i.done for i in first_today if i.key == call.key] == [True]
    finally:
        services.close()
