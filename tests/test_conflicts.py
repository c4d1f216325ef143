"""No update is lost: a save states the version it was based on, and a save over someone
else's is refused with both versions — on SQLite (two windows on one book) and on the
real PostgreSQL server the tests start (two RMs of a team)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Contact
from rmdesk.domain.dossier import Company, Dossier, Industry
from rmdesk.domain.errors import EditConflict, InvalidContact, InvalidDossier, InvalidVisit
from rmdesk.domain.visit import VisitPlan, VisitTime
from rmdesk.dossier.records import DossierBook
from rmdesk.planning.visits import VisitBook
from rmdesk.store.database import Store, open_store


@pytest.fixture(scope="module")
def conflicts_database(postgres_url: str) -> str:
    """A database of its own on the test server (the team tests count their book)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS rmdesk_conflicts"))
        conn.execute(text("CREATE DATABASE rmdesk_conflicts"))
    engine.dispose()
    return postgres_url.rsplit("/", 1)[0] + "/rmdesk_conflicts"


@pytest.fixture(params=["sqlite", "postgresql"])
def two_desks(request, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two independent openings of one book: A's desk and B's."""
    if request.param == "sqlite":
        target = str(tmp_path / "book.sqlite")
    else:
        target = request.getfixturevalue("conflicts_database")
    a, b = open_store(target), open_store(target)
    yield a, b
    a.close()
    b.close()


def test_a_save_over_someone_elses_is_refused_and_nothing_is_lost(two_desks) -> None:
    """The reported case: A saves a note; B, who opened the client earlier, saves the
    company. B is refused (not told "saved"), sees both versions, and merges."""
    a, b = two_desks
    cid = ContactBook(a).save(Contact(name="陈喆", company="旧公司"))
    opened_by_b = ContactBook(b).get(cid)
    opened_by_a = ContactBook(a).get(cid)
    ContactBook(a).save(dataclasses.replace(opened_by_a, notes="喜欢喝龙井"))
    with pytest.raises(EditConflict) as refused:
        ContactBook(b).save(dataclasses.replace(opened_by_b, company="台州海德机械"))
    conflict = refused.value
    assert conflict.what == "contact" and conflict.key == cid
    assert conflict.theirs.notes == "喜欢喝龙井" and conflict.theirs.company == "旧公司"
    assert conflict.mine.company == "台州海德机械" and conflict.mine.notes == ""
    stored = ContactBook(a).get(cid)
    assert (stored.notes, stored.company) == ("喜欢喝龙井", "旧公司"), "A's note is kept"
    # B keeps their company and takes A's note: based on A's version, the save goes in.
    merged = dataclasses.replace(conflict.theirs, company=conflict.mine.company)
    ContactBook(b).save(merged)
    stored = ContactBook(a).get(cid)
    assert (stored.notes, stored.company) == ("喜欢喝龙井", "台州海德机械")
    # A's copy is now old in turn.
    with pytest.raises(EditConflict):
        ContactBook(a).save(dataclasses.replace(opened_by_a, nickname="阿喆"))


def test_two_saves_at_once_one_wins_one_is_told(two_desks) -> None:
    """Both based on the same version, at the same moment: exactly one is saved."""
    a, b = two_desks
    cid = ContactBook(a).save(Contact(name="王堃"))
    base = ContactBook(a).get(cid)
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def save(store: Store, who: str) -> None:
        start.wait()
        try:
            ContactBook(store).save(dataclasses.replace(base, notes=f"{who} 写的"))
            results[who] = "saved"
        except EditConflict as exc:
            results[who] = exc

    threads = [threading.Thread(target=save, args=(s, w)) for s, w in ((a, "A"), (b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(type(r).__name__ for r in results.values()) == ["EditConflict", "str"]
    winner = next(w for w, r in results.items() if r == "saved")
    assert ContactBook(a).get(cid).notes == f"{winner} 写的"


def test_dossiers_companies_and_visits_are_guarded_too(two_desks) -> None:
    a, b = two_desks
    cid = ContactBook(a).save(Contact(name="欧阳修"))
    # A dossier both opened before either saved one.
    empty_a, empty_b = DossierBook(a).get(cid), DossierBook(b).get(cid)
    assert empty_a.version == 0
    DossierBook(a).save(dataclasses.replace(empty_a, taboos="不谈政治"))
    with pytest.raises(EditConflict) as refused:
        DossierBook(b).save(dataclasses.replace(empty_b, health="高血压"))
    assert refused.value.theirs.taboos == "不谈政治"
    assert DossierBook(a).get(cid).health == ""
    DossierBook(b).save(dataclasses.replace(refused.value.theirs, health="高血压"))
    kept = DossierBook(a).get(cid)
    assert (kept.taboos, kept.health) == ("不谈政治", "高血压")
    # Companies and industries.
    company_id = DossierBook(a).save_company(Company(f"海德机械{cid}"))
    company_a = DossierBook(a).company(company_id)
    company_b = DossierBook(b).company(company_id)
    DossierBook(a).save_company(dataclasses.replace(company_a, scale="300 人"))
    with pytest.raises(EditConflict):
        DossierBook(b).save_company(dataclasses.replace(company_b, products="泵阀"))
    assert DossierBook(a).company(company_id).scale == "300 人"
    industry_id = DossierBook(a).save_industry(Industry(f"制造业{cid}"))
    industry = next(i for i in DossierBook(a).industries() if i.id == industry_id)
    DossierBook(a).save_industry(dataclasses.replace(industry, competition="激烈"))
    with pytest.raises(EditConflict):
        DossierBook(b).save_industry(dataclasses.replace(industry, profitability="中"))
    # Visit plans: an edit, and a status change made in between.
    day = dt.date.today() + dt.timedelta(days=2)
    plan_id = VisitBook(a).save(
        VisitPlan(contact_id=cid, time=VisitTime.appointment(dt.datetime.combine(day, dt.time(9))))
    )
    plan_b = VisitBook(b).get(plan_id)
    VisitBook(a).save(dataclasses.replace(VisitBook(a).get(plan_id), content="介绍理财"))
    with pytest.raises(EditConflict):
        VisitBook(b).save(dataclasses.replace(plan_b, strategy="先聊家常"))
    assert VisitBook(a).get(plan_id).content == "介绍理财"


def test_control_characters_are_refused_the_same_on_both_databases(two_desks) -> None:
    a, _b = two_desks
    with pytest.raises(InvalidContact) as refused:
        ContactBook(a).save(Contact(name="张\x00三", notes="ok\tand\nlines"))
    assert refused.value.errors == {"name": "control_characters"}
    cid = ContactBook(a).save(Contact(name="张三", notes="tab\tand\nlines are text"))
    with pytest.raises(InvalidContact) as refused:
        ContactBook(a).save(dataclasses.replace(ContactBook(a).get(cid), company="bell\x07"))
    assert refused.value.errors == {"company": "control_characters"}
    with pytest.raises(InvalidDossier) as bad_dossier:
        DossierBook(a).save(Dossier(contact_id=cid, taboos="\x1b[31m"))
    assert bad_dossier.value.errors == {"taboos": "control_characters"}
    with pytest.raises(InvalidDossier):
        DossierBook(a).save_company(Company("NUL\x00公司"))
    with pytest.raises(InvalidVisit) as bad_visit:
        VisitBook(a).save(
            VisitPlan(
                contact_id=cid,
                time=VisitTime.appointment(dt.datetime(2027, 1, 4, 9)),
                content="\x00",
            )
        )
    assert bad_visit.value.errors == {"content": "control_characters"}
    assert ContactBook(a).get(cid).company == ""
