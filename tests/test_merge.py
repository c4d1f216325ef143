"""Duplicates over the book, a merge that keeps what both contacts had (their phones,
dossier entries, visits, calls, follow-ups, referrals), and its undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.domain.activity import CallLog, VisitLog
from rmdesk.domain.contact import Contact, Phone
from rmdesk.domain.dossier import Dossier, FamilyEvent
from rmdesk.domain.keeping import Product
from rmdesk.domain.kinds import CallOutcome, PhoneLabel, ProductType
from rmdesk.services import build_services
from rmdesk.store.database import open_store

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def snapshot(services, cid: int) -> tuple:
    store = services.store
    rows = {
        table: sorted(
            r[0] for r in store.read(f"SELECT id FROM {table} WHERE contact_id = :c", {"c": cid})
        )
        for table in ("visit_logs", "call_logs", "follow_ups", "products")
    }
    rows["phones"] = sorted(p.number for p in services.contacts.get(cid).phones)
    introduced = store.read("SELECT id FROM contacts WHERE introduced_by_id = :c", {"c": cid})
    contact = services.contacts.get(cid)
    return rows, sorted(introduced), contact, services.dossiers.get(cid)


def test_duplicates_are_found_merged_with_everything_and_the_merge_undone(services) -> None:
    save = services.contacts.save
    keep = save(Contact(name="欧阳红军", phones=[Phone(PhoneLabel.MOBILE, "+8613700000003")]))
    other = save(
        Contact(
            name="欧阳红军",
            company="星星服饰",
            notes="老客户",
            phones=[
                Phone(PhoneLabel.MOBILE, "+8613700000003"),
                Phone(PhoneLabel.WORK, "+8657688123456"),
            ],
        )
    )
    third = save(Contact(name="李梅", company="星星服饰"))
    friend = save(Contact(name="王建国", introduced_by_id=other))
    services.dossiers.save(Dossier(keep, address_as="欧阳总"))
    services.dossiers.save(
        Dossier(other, taboos="不喝酒", family_events=[FamilyEvent(DAY, "儿子高考")])
    )
    services.activity.log_visit(VisitLog(other, DAY, next_step="送资料", next_date=DAY))
    services.activity.log_call(CallLog(other, dt.datetime(2026, 11, 21, 10), CallOutcome.REACHED))
    services.keeping.save_product(Product(other, ProductType.DEPOSIT, "定期", 1000, None, DAY))
    pairs = services.exchange.duplicates()
    assert [(p.keep, p.other, p.matched_on) for p, _a, _b in pairs] == [(keep, other, "phone")]
    assert third not in {p.other for p, _a, _b in pairs}
    before_keep, before_other = snapshot(services, keep), snapshot(services, other)

    record = services.exchange.merge(keep, other, {"notes"})
    merged = services.contacts.get(keep)
    assert merged.company == "星星服饰", "empty in the kept one: the other's"
    assert merged.notes == "老客户", "chosen from the other"
    assert sorted(p.number for p in merged.phones) == ["+8613700000003", "+8657688123456"]
    dossier = services.dossiers.get(keep)
    assert (dossier.address_as, dossier.taboos) == ("欧阳总", "不喝酒")
    assert dossier.family_events == [FamilyEvent(DAY, "儿子高考")]
    rows, introduced, _c, _d = snapshot(services, keep)
    assert len(rows["visit_logs"]) == 1 and len(rows["call_logs"]) == 1
    assert len(rows["follow_ups"]) == 1 and len(rows["products"]) == 1
    assert [i for (i,) in introduced] == [friend], "referrals follow"
    assert other not in services.contacts.list_ids(), "the other is in the trash"
    assert services.exchange.duplicates() == []

    services.exchange.undo_merge(record)
    assert snapshot(services, keep)[:2] == before_keep[:2]
    assert snapshot(services, other)[:2] == before_other[:2]
    assert services.contacts.get(keep).notes == "" and services.contacts.get(keep).company == ""
    assert services.dossiers.get(keep).taboos == ""
    assert services.dossiers.get(keep).family_events == []
    assert services.dossiers.get(other).family_events == [FamilyEvent(DAY, "儿子高考")]
    assert other in services.contacts.list_ids()
    assert len(services.exchange.duplicates()) == 1
