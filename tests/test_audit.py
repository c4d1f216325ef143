"""The audit trail: every path by which client data leaves rmdesk writes an entry (when,
what kind, how many clients, which sensitive fields); entries cannot be changed or
deleted through the database, a tampered or deleted one is found, a restore keeps them,
and `rmdesk audit [--verify] [--json]`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.documents import Document
from rmdesk.domain.activity import Gift, VisitLog
from rmdesk.domain.contact import Contact, Phone
from rmdesk.domain.dossier import Dossier
from rmdesk.domain.kinds import PhoneLabel, VisitStatus
from rmdesk.domain.visit import VisitPlan, VisitTime
from rmdesk.services import build_services
from rmdesk.store.database import open_store

TOMORROW = dt.date.today() + dt.timedelta(days=1)


@pytest.fixture
def book(db_path: Path):
    s = build_services(open_store(db_path))
    ids = []
    for n, name in enumerate(("王建国", "李梅", "欧阳红军")):
        cid = s.contacts.save(
            Contact(name=name, phones=[Phone(PhoneLabel.MOBILE, f"+861380013800{n}")])
        )
        ids.append(cid)
        s.planning.save(
            VisitPlan(
                contact_id=cid,
                status=VisitStatus.BOOKED,
                time=VisitTime.appointment(dt.datetime.combine(TOMORROW, dt.time(9 + n)), 45),
            )
        )
    s.dossiers.save(Dossier(ids[0], id_number="11010519491231002X", health="高血压"))
    s.activity.log_visit(VisitLog(ids[1], dt.date.today(), gifts=(Gift("茶叶", 200),)))
    yield s, ids
    s.close()


def kinds(services) -> list[tuple[str, int, tuple[str, ...]]]:
    return [(e.kind, e.clients, e.sensitive_fields) for e in services.audit.entries()]


def test_every_way_out_writes_an_entry(book, db_path: Path, tmp_path: Path, capsys) -> None:
    services, ids = book
    db = ["--db", str(db_path)]
    assert main([*db, "export", "ics", "-o", str(tmp_path / "a.ics"),
                 "--from", TOMORROW.isoformat(), "--to", TOMORROW.isoformat()]) == 0  # fmt: skip
    assert main([*db, "briefing", "--contact", str(ids[0]), "-o", str(tmp_path / "b.pdf"),
                 "--include-sensitive"]) == 0  # fmt: skip
    assert (
        main([*db, "briefing", "--date", TOMORROW.isoformat(), "-o", str(tmp_path / "d.pdf")]) == 0
    )
    assert main([*db, "export", "contacts", "-o", str(tmp_path / "c.csv")]) == 0
    assert (
        main([*db, "export", "contacts", "-o", str(tmp_path / "s.csv"), "--include-sensitive"]) == 0
    )
    assert main([*db, "backup"]) == 0
    year = dt.date.today().year
    services.keeping.export_gifts(tmp_path / "g.xlsx", dt.date(year, 1, 1), dt.date(year, 12, 31))
    services.documents.save_pdf(
        tmp_path / "sheet.pdf", Document("day"), kind="day_sheet_pdf", clients=3
    )
    services.documents.save_image(tmp_path / "chart.png", b"\x89PNG", clients=2)
    # A phone fetching the feed.
    from rmdesk.agenda.feed import load_feed

    settings = dataclasses.replace(load_feed(services.store), host="127.0.0.1", port=0)
    server = services.agenda.feed_server(settings).start()
    try:
        url = f"http://127.0.0.1:{server.port}/calendar/{settings.token}.ics"
        with urllib.request.urlopen(url, timeout=5) as answer:
            assert b"BEGIN:VCALENDAR" in answer.read()
    finally:
        server.stop()
    capsys.readouterr()
    got = kinds(services)
    assert got[0] == ("calendar_export", 3, ())
    assert got[1][0] == "briefing_pdf" and got[1][1] == 1
    assert set(got[1][2]) == {"health", "id_number"}, "the sensitive fields it carried"
    assert got[2] == ("briefing_pdf", 3, ()), "masked or left out: none carried"
    assert got[3] == ("contact_export", 3, ())
    assert got[4] == ("contact_export", 3, ("id_number",))
    assert got[5][0] == "backup" and got[5][1] == 3
    assert set(got[5][2]) == {"id_number", "health", "religion", "income_band"}
    assert got[6] == ("gift_ledger_export", 1, ())
    assert got[7] == ("day_sheet_pdf", 3, ())
    assert got[8] == ("chart_png", 2, ())
    assert got[9][0] == "feed_fetch" and got[9][1] >= 3
    assert all(e.verified for e in services.audit.entries())


def test_entries_cannot_be_changed_and_tampering_is_found(book, db_path: Path, capsys) -> None:
    services, _ids = book
    for n in range(4):
        services.documents.save_image(Path(db_path.parent / f"c{n}.png"), b"png", clients=n)
    con = sqlite3.connect(db_path)
    for sql in (
        "UPDATE audit_log SET clients = 99 WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 3",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(sql)
    con.rollback()
    assert main(["--db", str(db_path), "audit", "--verify"]) == 0
    assert "4 entries verified" in capsys.readouterr().out
    # Behind rmdesk's back: the triggers dropped, one entry edited, another deleted.
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("UPDATE audit_log SET clients = 0 WHERE id = 2")
    con.execute("DELETE FROM audit_log WHERE id = 3")
    con.commit()
    con.close()
    assert services.audit.broken() == [2, 4], "the edited one, and the one after the gap"
    assert main(["--db", str(db_path), "audit", "--verify"]) == 1
    err = capsys.readouterr().err
    assert "does not verify" in err and "2, 4" in err
    assert main(["--db", str(db_path), "audit", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["verified"] for r in rows] == [True, False, False]
    assert set(rows[0]) == {"at", "actor", "kind", "clients", "sensitive_fields", "verified"}
    assert rows[0]["actor"] == "", "an embedded book has one user"


def test_a_restore_keeps_what_left_rmdesk_since_the_backup(book, db_path: Path) -> None:
    services, _ids = book
    backup = services.backups.back_up()
    services.documents.save_image(db_path.parent / "after.png", b"png", clients=5)
    before = kinds(services)
    services.backups.restore(backup)
    after = kinds(services)
    assert after[: len(before)] == before, "nothing that left is forgotten"
    assert after[len(before)][0] == "backup", "and the backup the restore made"
    assert all(e.verified for e in services.audit.entries())
    noted = [e.detail for e in services.audit.entries() if "carried over" in e.detail]
    assert noted, "carried entries say so"


def test_audit_period_and_export(book, db_path: Path, tmp_path: Path, capsys) -> None:
    services, _ids = book
    services.documents.save_image(tmp_path / "x.png", b"png", clients=1)
    today = dt.date.today().isoformat()
    assert main(["--db", str(db_path), "audit", "--from", today, "--to", today]) == 0
    assert "chart_png\t1 clients" in capsys.readouterr().out
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert main(["--db", str(db_path), "audit", "--to", yesterday, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    out = tmp_path / "audit.csv"
    assert services.audit.export(out, services.audit.entries()) == 1
    assert "chart_png" in out.read_bytes().decode("utf-8-sig")


def test_the_audit_window_lists_filters_and_flags(qtbot, db_path: Path, tmp_path: Path) -> None:
    from test_gui import WAIT

    from rmdesk.ui.audit_window import WHO, AuditWindow
    from rmdesk.ui.common.changes import Changes
    from rmdesk.ui.common.context import Context
    from rmdesk.ui.common.preferences import Preferences
    from rmdesk.ui.common.tasks import TaskRunner

    services = build_services(open_store(db_path))
    services.documents.save_image(tmp_path / "a.png", b"png", clients=2)
    services.exchange.export(tmp_path / "c.vcf", [], "vcf")
    runner, network = TaskRunner(), TaskRunner()
    ctx = Context(
        services, Changes(services.events), runner, network, Preferences(tmp_path / "s.ini")
    )
    window = AuditWindow(ctx)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=WAIT)
        assert "verifies" in window.status.text()
        window.kind.setCurrentIndex(window.kind.findData("chart_png"))
        assert window.table.rowCount() == 1 and window.table.item(0, 3).text() == "2"
        assert window.table.isColumnHidden(WHO), "one user: no column of who"
        con = sqlite3.connect(db_path)
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("UPDATE audit_log SET clients = 0 WHERE id = 1")
        con.commit()
        con.close()
        window.refresh()
        qtbot.waitUntil(lambda: "does not verify" in window.status.text(), timeout=WAIT)
        assert window.table.item(0, 6).text() == "NO"
        window.export(str(tmp_path / "audit.csv"))
        qtbot.waitUntil(lambda: (tmp_path / "audit.csv").exists(), timeout=WAIT)
    finally:
        runner.shutdown()
        network.shutdown()
        services.close()
