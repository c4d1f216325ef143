"""Regenerate the README screenshots from a demo book:

    python tools/screenshots.py OUTDIR [--lang zh_CN|en] [--size 1360x820]

The README's images are zh_CN at 1360x820; other languages and sizes are for looking.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import datetime as dt

from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from rmdesk.app import Desk
from rmdesk.demo.generator import write_demo_book
from rmdesk.planning.holidays import is_working_day
from rmdesk.store.database import open_store
from rmdesk.ui.common.i18n import Translations
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.tasks import TaskRunner
from rmdesk.ui.main_window import CONTACTS, MAP


def wait(app: QApplication, condition, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    import time

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot_dossier(app: QApplication, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The fullest demo dossier in its editor, its briefing in the app and as a PDF page."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from rmdesk.documents.briefing import briefing_document

    (cid,) = window.services.store.read(
        "SELECT d.contact_id FROM dossiers d JOIN contacts c ON c.id = d.contact_id "
        "WHERE d.style IS NOT NULL AND d.cuisines <> '' AND d.id_number <> '' "
        "ORDER BY d.completeness DESC, d.contact_id LIMIT 1"
    )[0]
    window.book_page.search.clear()
    wait(app, lambda: window.book_page.model.complete and window.runner.pending == 0)
    window.open_contact(cid)
    book = window.book_page
    wait(app, lambda: book.detail.contact is not None and book.detail.contact.id == cid)
    window.commands.dossier_action.trigger()
    wait(app, lambda: getattr(window, "dossier_editor", None) is not None)
    editor = window.dossier_editor
    editor.tabs.setCurrentIndex(4)
    wait(app, lambda: editor.isVisible())
    editor.grab().save(str(out / "dossier.png"))
    editor.reject()
    window.commands.briefing_action.trigger()
    wait(app, lambda: getattr(window, "briefing_view", None) is not None)
    view = window.briefing_view
    wait(app, lambda: bool(view.briefings))
    view.grab().save(str(out / "briefing.png"))
    view.close()
    pdf = out / "briefing.pdf"
    services = window.services
    document = briefing_document(view.briefings)
    services.documents.save_pdf(pdf, document, kind="briefing_pdf", clients=len(view.briefings))
    doc = QPdfDocument()
    doc.load(str(pdf))
    doc.render(0, QSize(900, 1273)).save(str(out / "briefing-page.png"))
    doc.close()
    pdf.unlink()


def shoot_suggest(app: QApplication, window, out: Path, size) -> None:  # type: ignore[no-untyped-def]
    """Suggest my day, on the next weekday with a booked appointment."""
    import datetime as dt

    from rmdesk.ui.common.qdates import qdate
    from rmdesk.ui.planning.suggest_dialog import SuggestDayDialog

    day = dt.date.today() + dt.timedelta(days=1)
    while day.weekday() >= 5 or not any(
        p.time.fixed for p in window.services.planning.day_list(day)[1]
    ):
        day += dt.timedelta(days=1)
    window.commands.suggest_action.trigger()
    dialog = window.findChild(SuggestDayDialog)
    dialog.resize(*size)
    dialog.day.setDate(qdate(day))
    wait(app, lambda: dialog.proposal is not None and dialog.proposal.route.day == day)
    wait(app, lambda: window.runner.pending == 0)
    dialog.grab().save(str(out / "suggest-day.png"))
    dialog.reject()


def shoot_import(app: QApplication, window, out: Path, size) -> None:  # type: ignore[no-untyped-def]
    """Import contacts, after a dry run of a branch's CSV."""
    from rmdesk.ui import data_windows
    from rmdesk.ui.exchange.import_dialog import ImportDialog

    path = out / "branch-list.csv"
    rows = ["椒江支行客户名单,,,,", "姓名,手机号码,单位,生日,备注",
            "陈喆,13800138000,海德机械,1976年11月23日,老客户", "王堃,1.38001E+10,台州银行,,",
            ",13900000009,无名,,", "欧阳红军,0576-88123456,星星服饰,1976/3/5,"]  # fmt: skip
    path.write_bytes("\r\n".join(rows).encode("gbk"))
    data_windows.import_contacts(window, str(path))
    dialog = window.findChild(ImportDialog)
    dialog.resize(*size)
    wait(app, lambda: dialog.contents is not None)
    dialog.dry_button.click()
    wait(app, lambda: dialog.report is not None)
    dialog.grab().save(str(out / "import.png"))
    dialog.reject()
    path.unlink()


def shoot_audit(app: QApplication, window, out: Path, size) -> None:  # type: ignore[no-untyped-def]
    """The audit trail after a backup and a contact export; the Backups window."""
    import tempfile as temp

    from rmdesk.ui import data_windows
    from rmdesk.ui.audit_window import AuditWindow
    from rmdesk.ui.backups_dialog import BackupsDialog

    services = window.services
    services.backups.back_up()
    with temp.TemporaryDirectory() as folder:
        services.exchange.export(Path(folder) / "contacts.vcf", [], "vcf")
    data_windows.show_audit(window)
    audit = window.findChild(AuditWindow)
    audit.resize(*size)
    wait(app, lambda: audit.table.rowCount() >= 2 and window.runner.pending == 0)
    audit.grab().save(str(out / "audit.png"))
    audit.close()
    data_windows.show_backups(window)
    backups = window.findChild(BackupsDialog)
    wait(app, lambda: backups.table.rowCount() >= 1 and window.runner.pending == 0)
    backups.grab().save(str(out / "backups.png"))
    backups.reject()


def shoot_protection(app: QApplication, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Encrypting the book, the passphrase asked at start, the locked window."""
    from rmdesk.ui.protection import PassphraseDialog, ProtectDialog

    protect = ProtectDialog(encrypted=False, parent=window)
    protect.show()
    wait(app, protect.isVisible)
    protect.grab().save(str(out / "protect.png"))
    protect.reject()
    asked = PassphraseDialog("~/.local/share/rmdesk/rmdesk.sqlite", parent=window)
    asked.show()
    wait(app, asked.isVisible)
    asked.grab().save(str(out / "passphrase.png"))
    asked.reject()
    window.lock.lock()
    prompt = window.lock.prompt
    wait(app, prompt.isVisible)
    window.grab().save(str(out / "locked.png"))
    prompt.grab().save(str(out / "unlock.png"))
    window.lock.unlock()


def main(out: Path, lang: str = "zh_CN", size: tuple[int, int] = (1360, 820)) -> None:
    app = QApplication(["rmdesk"])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite")
        write_demo_book(store, clients=2000, seed=1)
        runner = TaskRunner()
        translations = Translations()
        translations.use(lang)
        prefs = Preferences(Path(tmp) / "s.ini")
        prefs.tiles = "none"  # screenshots are taken offline
        desk = Desk(store, runner, prefs, translations)
        window = desk.window
        window.resize(*size)
        window.book_page.splitter.setSizes([210, 760, 390])
        desk.show()
        wait(app, lambda: window.book_page.model.complete and window.runner.pending == 0)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "today.png"))  # the screen rmdesk opens on
        window.commands.gifts_action.trigger()
        ledger = window.gift_ledger
        ledger.resize(*size)
        wait(app, lambda: bool(ledger.gifts) and window.runner.pending == 0)
        ledger.grab().save(str(out / "gift-ledger.png"))
        ledger.close()
        window.commands.complaints_action.trigger()
        complaints = window.complaints
        complaints.resize(*size)
        wait(app, lambda: bool(complaints.complaints) and window.runner.pending == 0)
        complaints.table.selectRow(0)
        complaints.grab().save(str(out / "complaints.png"))
        complaints.close()
        shoot_suggest(app, window, out, size)
        shoot_import(app, window, out, size)
        shoot_audit(app, window, out, size)
        shoot_protection(app, window, out)
        window.nav.setCurrentRow(CONTACTS)
        window.book_page.search.setText("zh")
        model = window.book_page.model
        wait(app, lambda: model.book_filter.search == "zh" and model.complete)
        window.book_page.table.selectRow(2)
        detail = window.book_page.detail
        chosen = window.selected_ids()
        # The detail is read once the selection rests: wait for the row chosen, not the last.
        wait(app, lambda: detail.contact is not None and [detail.contact.id] == chosen)
        wait(app, lambda: window.runner.pending == 0)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "contact-book.png"))
        window.commands.edit_action.trigger()
        wait(app, lambda: getattr(window, "editor", None) is not None)
        editor = window.book_page.editor
        editor.tabs.setCurrentIndex(2)
        wait(app, lambda: editor.isVisible())
        editor.grab().save(str(out / "contact-editor.png"))
        editor.reject()
        shoot_dossier(app, window, out)
        window.book_page.search.clear()
        wait(app, lambda: window.book_page.model.complete and window.runner.pending == 0)
        window.nav.setCurrentRow(MAP)
        page = window.plan_page
        assert page is not None
        wait(app, lambda: page.map.loaded and window.runner.pending == 0)
        day = dt.date.today() + dt.timedelta(days=1)
        while not is_working_day(day):
            day += dt.timedelta(days=1)
        page.day.setDate(QDate(day.year, day.month, day.day))
        page.plan()
        wait(app, lambda: page.route is not None and window.runner.pending == 0)
        wait(app, lambda: False, seconds=1.5)  # let the map draw the route
        window.grab().save(str(out / "planned-day.png"))
        window.close()
        runner.shutdown()
        store.close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/images")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    parser.add_argument("--size", default="1360x820")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    main(Path(args.out), args.lang, (width, height))
