"""The real main window, driven with qtbot as a user would."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import shutil
import socket
import time
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox

from rmdesk.app import Desk, run
from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import BookFilter
from rmdesk.domain.kinds import Gender, TieKind
from rmdesk.store.database import open_store
from rmdesk.ui.common.i18n import Translations
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.tasks import TaskRunner
from rmdesk.ui.main_window import CONTACTS, MAP, TODAY, TRASH, MainWindow

WAIT = 10_000


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Collect each test's windows right after it, not at a random point of the next.

    A cycle of Python wrappers around widgets that pytest-qt has already closed and
    scheduled for deletion, collected while the next test's event loop dispatches,
    crashed PySide6 6.12 now and then (a segfault in the garbage collector).
    """
    yield
    gc.collect()


@pytest.fixture
def desk(qtbot, demo_file: Path, tmp_path: Path):
    path = tmp_path / "book.sqlite"
    shutil.copy(demo_file, path)
    store = open_store(path)
    runner = TaskRunner()
    translations = Translations()
    translations.use("en")
    d = Desk(store, runner, Preferences(tmp_path / "settings.ini"), translations)
    qtbot.addWidget(d.window)
    d.show()
    wait_loaded(qtbot, d.window)
    assert d.window.nav.currentRow() == TODAY, "rmdesk opens on Today"
    d.window.commands.contacts_area_action.trigger()  # the book tests start in the book
    yield d
    d.window.close()
    runner.shutdown()
    translations.use("en")
    store.close()


def wait_loaded(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.book_page.model.complete and window.runner.pending == 0, timeout=WAIT
    )


def type_text(qtbot, edit, text: str) -> None:
    """Type like a user; characters QTest cannot synthesise arrive as an input method would."""
    edit.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def names_shown(window: MainWindow) -> list[str]:
    model = window.book_page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_book_tree_counts_and_group_filter(qtbot, desk: Desk) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    counts = book.tie_counts()
    assert window.book_page.tree.count_of(BookFilter()) == str(counts.total)
    assert window.book_page.tree.count_of(BookFilter(tie=TieKind.CLASSMATE)) == str(
        counts.by_tie[TieKind.CLASSMATE]
    )
    assert window.book_page.tree.count_of(BookFilter(no_tie=True)) == str(counts.no_tie)
    assert window.book_page.model.rowCount() == counts.total
    window.book_page.tree.select_group(BookFilter(tie=TieKind.KINSHIP))
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.tie is TieKind.KINSHIP, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == counts.by_tie[TieKind.KINSHIP]
    window.book_page.tree.select_group(BookFilter(no_tie=True))
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.no_tie, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == counts.no_tie
    assert "contacts" in window.count_label.text() or "contact" in window.count_label.text()


def test_search_as_you_type(qtbot, desk: Desk) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    target = book.get(book.list_ids()[5])
    window.focus_search()
    qtbot.keyClicks(window.book_page.search, "zz-nobody")
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.search == "zz-nobody", timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == 0
    assert window.book_page.detail.toPlainText() == "No contact matches “zz-nobody”."
    window.book_page.search.clear()
    type_text(qtbot, window.book_page.search, target.name)
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.search == target.name, timeout=WAIT)
    wait_loaded(qtbot, window)
    shown = names_shown(window)
    assert any(target.name in name for name in shown)
    assert window.book_page.model.rowCount() == len(book.list_ids(BookFilter(search=target.name)))
    # The detail pane shows the first match.
    first = window.book_page.model.contact_id(0)
    qtbot.waitUntil(
        lambda: (
            window.book_page.detail.contact is not None
            and window.book_page.detail.contact.id == first
        ),
        timeout=WAIT,
    )
    assert window.book_page.detail.contact.name in shown[0]
    assert window.book_page.detail.contact.name in window.book_page.detail.toPlainText()


def test_create_with_validation_beside_fields(qtbot, desk: Desk) -> None:
    window = desk.window
    window.commands.new_action.trigger()
    editor = window.book_page.editor
    qtbot.waitExposed(editor)
    assert not editor.save_button.isEnabled()
    assert editor.name_problem.isVisible() and editor.name_problem.text() == "Required."
    type_text(qtbot, editor.name, "欧阳测试")
    assert not editor.name_problem.isVisible()
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.phone_rows[0].number, "1380013800")
    assert editor.phone_rows[0].problem.isVisible()
    assert "Not a phone number" in editor.phone_rows[0].problem.text()
    assert not editor.save_button.isEnabled()
    editor.phone_rows[0].number.clear()
    qtbot.keyClicks(editor.phone_rows[0].number, "139 0576 1234")
    assert not editor.phone_rows[0].problem.isVisible()
    editor.tabs.setCurrentIndex(0)
    editor.birthday_calendar.setCurrentIndex(1)  # solar
    editor.birthday_year.setValue(1990)
    editor.birthday_month.setValue(2)
    editor.birthday_day.setValue(30)
    assert editor.birthday_problem.text() == "This date does not exist."
    assert not editor.save_button.isEnabled()
    editor.birthday_day.setValue(28)
    assert not editor.birthday_problem.isVisible()
    editor.tie_checks[TieKind.HOBBY].setChecked(True)
    type_text(qtbot, editor.tie_details[TieKind.HOBBY], "钓鱼")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    contact = ContactBook(window.services.store).get(saved.args[0])
    assert contact.phones[0].number == "+8613905761234"
    assert contact.birthday is not None and contact.birthday.day == 28
    assert [(t.kind, t.detail) for t in contact.ties] == [(TieKind.HOBBY, "钓鱼")]
    qtbot.waitUntil(lambda: window.selected_ids() == [contact.id], timeout=WAIT)
    qtbot.waitUntil(
        lambda: (
            window.book_page.detail.contact is not None
            and window.book_page.detail.contact.id == contact.id
        ),
        timeout=WAIT,
    )
    assert "欧阳测试" in window.book_page.detail.toPlainText()


def test_edit_keeps_introducer_choice(qtbot, desk: Desk) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    ids = book.list_ids()
    introducer = book.get(ids[0])
    window.open_contact(ids[1])
    qtbot.waitUntil(lambda: window.selected_ids() == [ids[1]], timeout=WAIT)
    window.commands.edit_action.trigger()
    qtbot.waitUntil(
        lambda: window.book_page.editor is not None and window.book_page.editor.isVisible(),
        timeout=WAIT,
    )
    editor = window.book_page.editor
    # The income band is sensitive: hidden until shown, and hidden again after a while.
    assert editor.income.isHidden() and editor.masker.covers[0].isVisible()
    editor.masker.timer.setInterval(300)
    editor.masker.covers[0].click()
    assert not editor.income.isHidden() and editor.masker.covers[0].isHidden()
    qtbot.waitUntil(editor.income.isHidden, timeout=WAIT)
    editor.introducer.clear()
    qtbot.keyClicks(editor.introducer, "someone typed")
    assert not editor.save_button.isEnabled()  # a name must be chosen from the list
    editor.choose_introducer(introducer.id, introducer.name)
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    assert book.get(ids[1]).introduced_by_id == introducer.id


def test_delete_undo_restore_and_empty_trash(qtbot, desk: Desk, monkeypatch) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    total = book.tie_counts().total
    first = window.book_page.model.contact_id(0)
    window.book_page.table.selectRow(0)
    qtbot.keyClick(window.book_page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: book.tie_counts().trash == 1, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == total - 1
    assert "Undo" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.nav.item(TRASH).text() == "Trash (1)", timeout=WAIT)
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: book.tie_counts().trash == 0, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == total

    window.book_page.table.selectRow(0)
    window.commands.delete_action.trigger()
    qtbot.waitUntil(lambda: book.tie_counts().trash == 1, timeout=WAIT)
    window.nav.setCurrentRow(TRASH)
    qtbot.waitUntil(lambda: window.trash_page.model.rowCount() == 1, timeout=WAIT)
    assert window.trash_page.model.contact_id(0) == first
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), next(answers))[1]
    )
    window.empty_trash()
    assert "cannot be undone" in asked[0]
    assert book.tie_counts().trash == 1  # cancelled: nothing deleted
    window.trash_page.table.selectRow(0)
    window.commands.restore_action.trigger()
    qtbot.waitUntil(lambda: window.trash_page.model.rowCount() == 0, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert book.tie_counts().trash == 0
    window.nav.setCurrentRow(CONTACTS)
    window.book_page.table.selectRow(0)
    window.commands.delete_action.trigger()
    qtbot.waitUntil(lambda: window.trash_page.model.rowCount() == 1, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert book.tie_counts().trash == 1
    window.empty_trash()
    qtbot.waitUntil(lambda: book.tie_counts().trash == 0, timeout=WAIT)
    assert book.tie_counts().total == total - 1


def test_slow_work_shows_progress(qtbot, desk: Desk) -> None:
    window = desk.window
    assert not window.busy_bar.isVisible()
    window.runner.submit(lambda: time.sleep(0.9))
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=WAIT)


def test_switch_language_to_chinese(qtbot, desk: Desk) -> None:
    desk.change_language("zh_CN")
    window = desk.window
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    assert window.windowTitle() == "rmdesk — 通讯录"
    assert window.nav.item(CONTACTS).text() == "通讯录"
    assert (
        window.book_page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        == "姓名"
    )
    assert "位联系人" in window.count_label.text()


def test_bad_database_gets_a_dialog_not_a_crash(qtbot, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert run(db=str(bad), lang="en", settings=tmp_path / "s.ini") == 1
    assert shown and "is not an rmdesk database" in shown[0]
    assert bad.read_text() == "not a database"


APP_RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from rmdesk.app import run
from rmdesk.ui.main_window import MainWindow

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].book_page.model.complete and windows[0].book_page.model.rowCount():
        print("rows", windows[0].book_page.model.rowCount(), windows[0].windowTitle(), flush=True)
        windows[0].close()
    else:
        QTimer.singleShot(50, look)

app = QApplication(["rmdesk"])
QTimer.singleShot(50, look)
sys.exit(run(db=sys.argv[1], lang=sys.argv[2], settings=sys.argv[3]))
"""


def test_app_starts_on_a_book(demo_file: Path, tmp_path: Path) -> None:
    """The whole start, in its own process as a user runs it; closing the window ends it."""
    import subprocess
    import sys

    path = tmp_path / "book.sqlite"
    shutil.copy(demo_file, path)
    done = subprocess.run(
        [sys.executable, "-c", APP_RUN, str(path), "zh_CN", str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "rows 300 rmdesk — 通讯录"


RESTORE_RUN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import rmdesk.app as app_module
from rmdesk.store.location import default_database
from rmdesk.ui.first_start import RESTORE
from rmdesk.ui.main_window import MainWindow

app_module.ask_first_start = lambda book, clients: (RESTORE, Path(sys.argv[1]))

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].book_page.model.complete and windows[0].book_page.model.rowCount():
        print("rows", windows[0].book_page.model.rowCount(), default_database(), flush=True)
        windows[0].close()
    else:
        QTimer.singleShot(50, look)

app = QApplication(["rmdesk"])
QTimer.singleShot(50, look)
sys.exit(app_module.run(lang="en", settings=sys.argv[2]))
"""


def test_the_first_start_on_a_new_computer_opens_the_book_brought_back(
    demo_file: Path, tmp_path: Path
) -> None:
    """No book yet, "Bring back my book from a backup": the backup becomes the book, which
    opens as it is (no question of how to protect a new one)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "RMDESK_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", RESTORE_RUN, str(demo_file), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    rows, book = done.stdout.split()[1:]
    assert rows == "300" and Path(book).is_relative_to(tmp_path / "data")
    assert Path(book).exists()


def test_scrolling_keeps_a_bounded_number_of_rows(qtbot, desk: Desk, monkeypatch) -> None:
    import rmdesk.ui.book.contact_table as table_module

    monkeypatch.setattr(table_module, "PAGE", 20)
    monkeypatch.setattr(table_module, "CACHE_ROWS", 60)
    window = desk.window
    window.book_page.model.refresh()
    wait_loaded(qtbot, window)
    model = window.book_page.model
    assert model.rowCount() == 300
    for row in [*range(0, 300, 15), 299, 0]:
        index = model.index(row, 0)
        window.book_page.table.scrollTo(index)
        model.data(index)  # what painting the row asks for
        qtbot.waitUntil(lambda r=row: model.cached_row(r) is not None, timeout=WAIT)
        assert len(model._rows) <= 60 + 20
    first = model.contact_id(0)
    assert ContactBook(window.services.store).rows([first])[first].name in model.data(
        model.index(0, 0)
    )


DEMO_RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from rmdesk.cli import main
from rmdesk.ui.main_window import MainWindow

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    model = windows[0].book_page.model if windows else None
    if model is not None and model.complete and model.rowCount():
        print("rows", model.rowCount(), "book", windows[0].services.location, flush=True)
        windows[0].close()
    else:
        QTimer.singleShot(50, look)

app = QApplication(["rmdesk"])
QTimer.singleShot(50, look)
sys.exit(main(["--demo", "--lang", "en"]))
"""


def test_demo_flag_opens_a_demo_book_apart_from_real_data(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("RMDESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", DEMO_RUN], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert words[:2] == ["rows", "2000"]
    assert words[3].endswith(os.path.join("rmdesk", "demo.sqlite"))
    assert not (tmp_path / "data" / "rmdesk" / "rmdesk.sqlite").exists()


def test_empty_book_says_how_to_start(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty.sqlite")
    runner = TaskRunner()
    translations = Translations()
    translations.use("en")
    desk = Desk(store, runner, Preferences(tmp_path / "s.ini"), translations)
    qtbot.addWidget(desk.window)
    desk.show()
    wait_loaded(qtbot, desk.window)
    text = desk.window.book_page.detail.toPlainText()
    assert "Your book is empty" in text and "Ctrl+N" in text and "--demo" not in text
    assert (
        not desk.window.commands.edit_action.isEnabled()
        and desk.window.commands.new_action.isEnabled()
    )
    desk.window.close()
    runner.shutdown()
    store.close()


def test_cancel_asks_before_discarding_typed_work(qtbot, desk: Desk, monkeypatch) -> None:
    window = desk.window
    window.commands.new_action.trigger()
    editor = window.book_page.editor
    qtbot.waitExposed(editor)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: (asked.append(a[1]), QMessageBox.StandardButton.Discard)[1],
    )
    editor.reject()  # nothing typed: closes without asking
    assert asked == [] and not editor.isVisible()
    window.commands.new_action.trigger()
    editor = window.book_page.editor
    qtbot.waitExposed(editor)
    type_text(qtbot, editor.name, "未保存")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[1]), next(answers))[1]
    )
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and editor.isVisible()  # kept on Cancel
    editor.reject()
    assert not editor.isVisible()


def test_escape_clears_the_search(qtbot, desk: Desk) -> None:
    window = desk.window
    window.focus_search()
    qtbot.keyClicks(window.book_page.search, "zz")
    qtbot.keyClick(window.book_page.search, Qt.Key.Key_Escape)
    assert window.book_page.search.text() == ""


def test_results_of_instant_work_arrive_after_the_caller_waits(qtbot) -> None:
    """A task already done when its callback is attached (the callback then runs on the
    calling thread) still delivers through the event loop, never behind the caller's back:
    run_with_progress would otherwise quit its loop before starting it, and hang."""
    from concurrent.futures import Future

    class DoneAtOnce:
        def submit(self, work):
            future = Future()
            future.set_result(work())
            return future

        def shutdown(self, wait=True):
            pass

    runner = TaskRunner()
    runner._executor = DoneAtOnce()
    got = []
    runner.submit(lambda: 1, got.append)
    assert got == []
    qtbot.waitUntil(lambda: got == [1], timeout=WAIT)
    runner.shutdown()


def test_results_for_a_closed_window_are_dropped(qtbot) -> None:
    """A dialog closed (and deleted) while its work runs is not called back."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    label = QLabel()
    release = threading.Event()
    done = []
    runner.submit(lambda: release.wait(5) and "late", label.setText)
    runner.submit(lambda: "after", done.append)
    shiboken6.delete(label)
    release.set()
    qtbot.waitUntil(lambda: done == ["after"], timeout=WAIT)
    assert runner.pending == 0
    runner.shutdown()


def test_districts_in_the_tree_filter_the_table(qtbot, desk: Desk) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    by_district = book.tie_counts().by_district
    name, count = by_district[0]
    qtbot.waitUntil(
        lambda: window.book_page.tree.count_of(BookFilter(district=name)) == str(count),
        timeout=WAIT,
    )
    window.book_page.tree.select_group(BookFilter(district=name))
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.district == name, timeout=WAIT)
    wait_loaded(qtbot, window)
    assert window.book_page.model.rowCount() == count


def test_who_is_near_dialog(qtbot, desk: Desk) -> None:
    window = desk.window
    book = ContactBook(window.services.store)
    located = next(
        cid for cid in book.list_ids() if any(a.lat is not None for a in book.get(cid).addresses)
    )
    window.open_contact(located)
    qtbot.waitUntil(lambda: window.selected_ids() == [located], timeout=WAIT)
    assert window.commands.nearby_action.isEnabled()
    dialog = window.show_nearby()
    assert dialog is not None
    with qtbot.waitSignal(dialog.shown, timeout=WAIT):
        dialog.radius.setValue(5.0)
    expected = book.near(located, 5.0)
    assert dialog.table.rowCount() == len(expected) > 0
    assert dialog.table.item(0, 1).text() == expected[0].name
    assert f"{len(expected)} contact" in dialog.summary.text()
    dialog.table.cellDoubleClicked.emit(0, 1)
    qtbot.waitUntil(lambda: window.selected_ids() == [expected[0].id], timeout=WAIT)
    dialog.close()


def test_map_area_follows_the_book(desk, qtbot) -> None:
    """Ctrl+3 shows the map of the contacts the book lists; choosing a contact in the
    book centres the map on it; a drawn area can filter the book."""
    import json

    import shiboken6

    from rmdesk.ui.main_window import CONTACTS, MAP

    window = desk.window
    window.prefs.tiles = "none"  # tests use no network
    window.commands.map_area_action.trigger()
    assert window.nav.currentRow() == MAP
    page = window.plan_page
    assert page is not None
    qtbot.waitUntil(lambda: page.map.loaded, timeout=20_000)

    def stats() -> dict:
        box: dict[str, str] = {}
        page.map.page.runJavaScript(
            "JSON.stringify(rmdeskMap.stats())", 0, lambda r: box.setdefault("r", r)
        )
        qtbot.waitUntil(lambda: "r" in box, timeout=WAIT)
        return json.loads(box["r"])

    qtbot.waitUntil(lambda: stats()["markers"] > 0, timeout=WAIT)
    start_zoom = stats()["zoom"]
    from rmdesk.planning.places import contact_places

    window.nav.setCurrentRow(CONTACTS)
    located = contact_places(window.services.store)
    row = next(
        r
        for r in range(1, window.book_page.model.rowCount())  # row 0 is already selected
        if window.book_page.model.contact_id(r) in located
        and not located[window.book_page.model.contact_id(r)].approx
    )
    window.book_page.table.selectRow(row)
    qtbot.waitUntil(lambda: stats()["zoom"] > start_zoom, timeout=WAIT)
    # A drawn area filters the book to its contacts.
    area = window.book_page.model.all_ids()[:4]
    page.show_area_in_book.emit(area)
    qtbot.waitUntil(
        lambda: (
            window.book_page.model.complete
            and sorted(window.book_page.model.all_ids()) == sorted(area)
        ),
        timeout=WAIT,
    )
    assert window.nav.currentRow() == CONTACTS
    window.book_page.tree.group_chosen.emit(BookFilter())
    qtbot.waitUntil(lambda: window.book_page.model.rowCount() > 4, timeout=WAIT)
    # No result may arrive for the page once it is gone.
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    shiboken6.delete(page)
    window.plan_page = None


def select_contact(qtbot, window: MainWindow, contact_id: int) -> None:
    window.open_contact(contact_id)
    qtbot.waitUntil(lambda: window.selected_ids() == [contact_id], timeout=WAIT)
    qtbot.waitUntil(
        lambda: (
            window.book_page.detail.contact is not None
            and window.book_page.detail.contact.id == contact_id
        ),
        timeout=WAIT,
    )


def test_dossier_editor_saves_and_the_detail_masks_the_id(desk, qtbot) -> None:
    from PySide6.QtCore import QDate

    from rmdesk.domain.dossier import FamilyEvent
    from rmdesk.domain.kinds import Cuisine, Style
    from rmdesk.dossier.records import DossierBook

    window = desk.window
    cid = window.book_page.model.contact_id(2)
    select_contact(qtbot, window, cid)
    window.commands.dossier_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "dossier_editor", None) is not None, timeout=WAIT)
    editor = window.dossier_editor
    # Sensitive fields are masked until shown, and masked again after a while.
    from PySide6.QtWidgets import QLineEdit

    assert editor.id_number.echoMode() is QLineEdit.EchoMode.Password
    assert editor.health.isHidden() and editor.religion.echoMode() is QLineEdit.EchoMode.Password
    editor.masker.timer.setInterval(300)
    editor.masker.buttons[0].click()
    assert editor.id_number.echoMode() is QLineEdit.EchoMode.Normal and not editor.health.isHidden()
    qtbot.waitUntil(lambda: editor.health.isHidden(), timeout=WAIT)
    assert editor.id_number.echoMode() is QLineEdit.EchoMode.Password
    editor.id_number.setText("110105194912310021")  # a mistyped digit
    assert not editor.id_problem.isHidden()
    assert not editor.use_birthday.isEnabled()
    editor.id_number.setText("11010519491231002X")
    assert editor.id_problem.isHidden() and editor.use_birthday.isEnabled()
    # What the number says is shown beside it: sex, birth date, province.
    assert not editor.id_info.isHidden()
    assert "1949-12-31" in editor.id_info.text() and "北京" in editor.id_info.text()
    assert "Female" in editor.id_info.text()
    editor.address_as.setText("王总")
    editor.style_box.set_value(Style.HAGGLER)
    assert editor.approach.text(), "the style shows its approach at once"
    editor.cuisines[Cuisine.HUNAN].setChecked(True)
    editor.taboos.setPlainText("不谈政治")
    editor.use_birthday.click()
    # The wedding date and a family event, which Today will remind of.
    editor.wedding.known.setChecked(True)
    editor.wedding.date.setDate(QDate(1975, 5, 1))
    before = len(editor.event_rows)
    editor.add_event.click()
    row = editor.event_rows[-1]
    assert len(editor.event_rows) == before + 1
    row.day.setDate(QDate(2027, 6, 7))
    row.what.setText("儿子高考")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    saved = DossierBook(window.services.store).get(cid)
    assert saved.id_number == "11010519491231002X" and saved.style is Style.HAGGLER
    assert saved.wedding_date == dt.date(1975, 5, 1)
    assert FamilyEvent(dt.date(2027, 6, 7), "儿子高考") in saved.family_events
    assert Cuisine.HUNAN in saved.cuisines and saved.taboos == "不谈政治"
    qtbot.waitUntil(
        lambda: (
            window.services.contacts.get(cid).birthday is not None
            and window.services.contacts.get(cid).birthday.year == 1949
        ),
        timeout=WAIT,
    )
    assert window.services.contacts.get(cid).gender is Gender.FEMALE, "the sex the number holds"
    qtbot.waitUntil(
        lambda: "110105********002X" in window.book_page.detail.toPlainText(), timeout=WAIT
    )
    assert "19491231" not in window.book_page.detail.toPlainText()
    # Shown in the clear on request, masked again after a short while.
    detail = window.book_page.detail
    detail._hide.setInterval(300)
    detail.anchorClicked.emit(QUrl("reveal:id"))
    assert "11010519491231002X" in detail.toPlainText()
    qtbot.waitUntil(lambda: "110105********002X" in detail.toPlainText(), timeout=WAIT)


def test_briefing_view_hides_sensitive_fields_until_ticked(desk, qtbot) -> None:
    from rmdesk.domain.dossier import Dossier
    from rmdesk.dossier.records import DossierBook

    window = desk.window
    cid = window.book_page.model.contact_id(1)
    DossierBook(window.services.store).save(
        Dossier(contact_id=cid, id_number="11010519491231002X", health="高血压", taboos="不谈政治")
    )
    select_contact(qtbot, window, cid)
    window.commands.briefing_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "briefing_view", None) is not None, timeout=WAIT)
    view = window.briefing_view
    qtbot.waitUntil(lambda: bool(view.briefings), timeout=WAIT)
    text = view.text.toPlainText()
    assert "不谈政治" in text and "002X" not in text, "no part of the ID number unticked"
    assert "高血压" not in text and "11010519491231002X" not in text
    view.hide_timer.setInterval(1500)
    view.sensitive.setChecked(True)
    qtbot.waitUntil(lambda: "高血压" in view.text.toPlainText(), timeout=WAIT)
    assert "11010519491231002X" in view.text.toPlainText()
    # Shown, they hide again after a short while.
    qtbot.waitUntil(lambda: not view.sensitive.isChecked(), timeout=WAIT)
    qtbot.waitUntil(lambda: "高血压" not in view.text.toPlainText(), timeout=WAIT)
    view.close()


def test_referrals_ways_in_and_thank_yous(desk, qtbot) -> None:
    from rmdesk.domain.kinds import Introduction
    from rmdesk.dossier.records import DossierBook
    from rmdesk.dossier.referrals import open_thank_yous

    window = desk.window
    store = window.services.store
    introduced = store.read(
        "SELECT c.id FROM contacts c JOIN dossiers d ON d.contact_id = c.id "
        "WHERE c.introduced_by_id IS NOT NULL ORDER BY c.id LIMIT 1"
    )[0][0]
    DossierBook(store).set_introduction(introduced, Introduction.MET)
    DossierBook(store).mark_thanked([introduced], None)
    select_contact(qtbot, window, introduced)
    window.commands.referrals_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "referral_dialog", None) is not None, timeout=WAIT)
    tree = window.referral_dialog.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT)
    assert tree.currentItem() is not None
    assert int(tree.currentItem().data(0, Qt.ItemDataRole.UserRole)) == introduced
    window.referral_dialog.close()
    window.commands.ways_in_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "ways_dialog", None) is not None, timeout=WAIT)
    ways = window.ways_dialog.list
    qtbot.waitUntil(lambda: ways.count() > 0, timeout=WAIT)
    assert "introduced them" in ways.item(0).text()
    window.ways_dialog.close()
    window.commands.thanks_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "thanks_dialog", None) is not None, timeout=WAIT)
    dialog = window.thanks_dialog
    qtbot.waitUntil(lambda: dialog.done_button.isEnabled(), timeout=WAIT)
    row = next(
        i
        for i in range(dialog.list.count())
        if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == introduced
    )
    dialog.list.item(row).setSelected(True)
    dialog.done_button.click()
    qtbot.waitUntil(
        lambda: introduced not in {t.contact_id for t in open_thank_yous(store)}, timeout=WAIT
    )
    dialog.close()


def test_key_clients_least_known_first(desk, qtbot) -> None:
    window = desk.window
    window.book_page.tree.select_group(BookFilter(key_gaps=True))
    qtbot.waitUntil(
        lambda: window.book_page.model.book_filter.key_gaps and window.book_page.model.complete,
        timeout=WAIT,
    )
    n = window.book_page.model.rowCount()
    assert n == window.book_page.counts.key_clients > 0
    qtbot.waitUntil(
        lambda: all(window.book_page.model.cached_row(r) is not None for r in range(n)),
        timeout=WAIT,
    )
    percents = [window.book_page.model.cached_row(r).dossier for r in range(n)]
    column = [
        window.book_page.model.data(window.book_page.model.index(r, window.book_page.model.DOSSIER))
        for r in range(n)
    ]
    assert column == [f"{p}%" for p in percents]
    assert percents == sorted(percents), "emptiest dossier first"


def test_phone_calendar_dialog_exports_syncs_imports_and_serves(
    desk, qtbot, tmp_path, radicale, memory_keyring
) -> None:
    import urllib.request

    from rmdesk.agenda import caldav_sync as cs
    from rmdesk.planning.visits import VisitBook

    window = desk.window
    window.commands.calendar_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "calendar_dialog", None) is not None, timeout=WAIT)
    dialog = window.calendar_dialog
    # Export
    target = tmp_path / "phone.ics"
    dialog.export(str(target))
    qtbot.waitUntil(target.exists, timeout=WAIT)
    assert b"BEGIN:VEVENT" in target.read_bytes()
    # CalDAV: the password goes to the keyring, not the book
    dialog.url.setText(radicale)
    dialog.user.setText("rm")
    dialog.password.setText("secret")
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert dialog.report.created and dialog.report.pushed
    assert dialog.password.text() == ""
    assert memory_keyring.secrets[(cs.KEYRING_SERVICE, f"rm@{radicale}")] == "secret"
    # A wrong password is a clear message and changes nothing
    dialog.password.setText("wrong")
    dialog.report = None
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=30_000)
    # Import: a cancellation from another calendar, reviewed then applied
    plans = VisitBook(window.services.store).between(
        dt.date.today(), dt.date.today() + dt.timedelta(days=20)
    )
    victim = plans[0]
    from icalendar import Calendar

    cal = Calendar.from_ical(target.read_bytes())
    for event in cal.walk("VEVENT"):
        if str(event["uid"]) == victim.uid:
            event["status"] = "CANCELLED"
    changed = cal.to_ical().decode()
    source = tmp_path / "back.ics"
    source.write_text(changed, encoding="utf-8")
    dialog.read_import(str(source))
    qtbot.waitUntil(lambda: dialog.import_plan is not None, timeout=WAIT)
    assert any(c.plan_id == victim.id for c in dialog.import_plan.changes)
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: VisitBook(window.services.store).get(victim.id).status.value == "cancelled",
        timeout=WAIT,
    )
    # The subscription feed, on 127.0.0.1 only
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog.feed_on.setChecked(True)
    dialog.feed_host.setCurrentText("127.0.0.1")
    dialog.feed_port.setValue(port)
    dialog.apply_feed()
    qtbot.waitUntil(lambda: window.feed.server is not None, timeout=WAIT)
    with urllib.request.urlopen(dialog.feed_url.text(), timeout=10) as answer:
        assert b"BEGIN:VCALENDAR" in answer.read()
    # The address as a QR code: its modules are those of the URL's code.
    import segno

    code = segno.make(dialog.feed_url.text(), error="m")
    image = dialog.feed_qr.pixmap().toImage()
    width, _height = code.symbol_size(scale=4, border=2)
    assert image.width() == width
    for r, row in enumerate(code.matrix):
        for c_, dark in enumerate(row):
            pixel = image.pixelColor((c_ + 2) * 4 + 2, (r + 2) * 4 + 2)
            assert (pixel.lightness() < 128) == bool(dark)
    assert "127.0.0.1" in dialog.qr_note.text() and "cannot reach" in dialog.qr_note.text()
    dialog.feed_on.setChecked(False)
    dialog.apply_feed()
    qtbot.waitUntil(lambda: window.feed.server is None, timeout=WAIT)
    dialog.close()


def test_the_window_stays_responsive_while_a_stalled_phone_holds_the_feed(desk, qtbot) -> None:
    """Changing the feed's settings (or renewing its token) with a client that stalls
    must not freeze the window: the old feed is stopped on the network worker."""
    import dataclasses

    from PySide6.QtCore import QTimer

    from rmdesk.agenda.feed import FeedSettings, new_token

    window = desk.window
    first = FeedSettings(enabled=True, host="127.0.0.1", port=0, token=new_token())
    window.feed.restart(first)
    qtbot.waitUntil(lambda: window.feed.server is not None, timeout=WAIT)
    port = window.feed.server.port
    stalled = socket.create_connection(("127.0.0.1", port), timeout=10)
    stalled.sendall(b"GET /cal")  # and then nothing
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        renewed = dataclasses.replace(first, token=new_token(), privacy="standard")
        began = time.monotonic()
        window.feed.restart(renewed)
        assert time.monotonic() - began < 0.2, "restarting the feed returns at once"
        qtbot.waitUntil(
            lambda: (
                window.feed.server is not None
                and window.feed.settings is renewed
                and window.feed.server.settings is renewed
            ),
            timeout=WAIT,
        )
        qtbot.wait(200)
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert gaps and max(gaps) < 0.5, "the window kept painting while the feed stopped"
        stalled.settimeout(5)
        with contextlib.suppress(ConnectionResetError):  # a reset is cut off too
            assert stalled.recv(10) == b"", "the stalled client was cut off"
        # The old address is gone; the new one answers.
        new_url = window.feed.server.settings.url().replace(":0/", f":{window.feed.server.port}/")
        with urllib.request.urlopen(new_url, timeout=10) as answer:
            assert b"BEGIN:VCALENDAR" in answer.read()
        window.feed.restart(dataclasses.replace(renewed, enabled=False))
        qtbot.waitUntil(lambda: window.feed.server is None, timeout=WAIT)
    finally:
        timer.stop()
        stalled.close()


def test_a_save_over_another_windows_shows_both_versions_and_merges(desk, qtbot) -> None:
    """Two windows on one book: the editor opened earlier is refused, shows the fields
    that differ side by side with sensible choices, and saves the merge — the note saved
    meanwhile is not lost."""
    import dataclasses

    from rmdesk.ui.common.conflict_dialog import ConflictDialog

    window = desk.window
    book = ContactBook(window.services.store)
    cid = window.book_page.model.contact_id(1)
    editor = window.book_page.open_editor(book.get(cid))
    other = open_store(window.services.store.path)  # the other window, on the same book
    try:
        theirs = ContactBook(other).get(cid)
        ContactBook(other).save(dataclasses.replace(theirs, notes="另一窗口记下：喜欢龙井"))
    finally:
        other.close()
    editor.company.setText("台州海德机械有限公司")
    editor.save()
    qtbot.waitUntil(lambda: editor.findChild(ConflictDialog) is not None, timeout=WAIT)
    dialog = editor.findChild(ConflictDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.fields == ["company", "notes"]
    assert dialog.kept_mine() == {"company"}, "mine where I typed, theirs where they did"
    assert "台州海德机械有限公司" in dialog.groups["company"][0].text()
    assert "喜欢龙井" in dialog.groups["notes"][1].text()
    assert not dialog.grab().isNull()
    assert book.get(cid).company != "台州海德机械有限公司", "nothing saved before choosing"
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        dialog.merge_button.click()
    saved = book.get(cid)
    assert saved.company == "台州海德机械有限公司"
    assert saved.notes == "另一窗口记下：喜欢龙井"


def test_a_dossier_conflict_can_be_cancelled_and_then_taken_from_the_other(desk, qtbot) -> None:
    import dataclasses

    from rmdesk.dossier.records import DossierBook
    from rmdesk.ui.common.conflict_dialog import ConflictDialog

    window = desk.window
    cid = window.book_page.model.contact_id(3)
    select_contact(qtbot, window, cid)
    window.commands.dossier_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "dossier_editor", None) is not None, timeout=WAIT)
    editor = window.dossier_editor
    other = open_store(window.services.store.path)
    try:
        theirs = DossierBook(other).get(cid)
        DossierBook(other).save(dataclasses.replace(theirs, taboos="不谈房价"))
    finally:
        other.close()
    editor.taboos.setPlainText("不谈政治")
    editor.save()
    qtbot.waitUntil(lambda: editor.findChild(ConflictDialog) is not None, timeout=WAIT)
    dialog = editor.findChild(ConflictDialog)
    assert dialog.fields == ["taboos"] and dialog.kept_mine() == {"taboos"}
    assert any("(changed by both)" in w.text() for w in dialog.findChildren(QLabel))
    dialog.reject()  # back to the editor: nothing saved, the typing kept
    assert editor.isVisible() and editor.taboos.toPlainText() == "不谈政治"
    assert DossierBook(window.services.store).get(cid).taboos == "不谈房价"
    editor.save()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in editor.findChildren(ConflictDialog)), timeout=WAIT
    )
    dialog = next(d for d in editor.findChildren(ConflictDialog) if d.isVisible())
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        dialog.theirs_button.click()
    assert DossierBook(window.services.store).get(cid).taboos == "不谈房价"


def test_no_book_is_made_without_asking(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The first start offers the demo book or an empty one; a given path that leads to
    no book is created only when the user says so (and its folder only then)."""
    from rmdesk.app import choose_book
    from rmdesk.store.location import default_database, demo_database
    from rmdesk.ui.first_start import DEMO, EMPTY, FirstStartDialog

    monkeypatch.delenv("RMDESK_DB", raising=False)
    asked: list[object] = []

    def first(book: str, clients: int) -> str | None:
        asked.append(("first", book, clients))
        return answers.pop(0)

    def create(path: Path) -> bool:
        asked.append(("create", path))
        return answers.pop(0)

    answers: list = [DEMO]
    assert choose_book(None, False, first, create) == (demo_database(), True)
    answers = [EMPTY]
    assert choose_book(None, False, first, create) == (default_database(), False)
    answers = [None]
    assert choose_book(None, False, first, create) is None
    assert [a[0] for a in asked] == ["first"] * 3 and asked[0][1] == default_database()
    # A mistyped path: asked, and nothing made when the answer is no.
    typo = tmp_path / "no-such-folder" / "book.sqlite"
    answers = [False]
    assert choose_book(str(typo), False, first, create) is None
    assert asked[-1] == ("create", typo) and not typo.parent.exists()
    answers = [True]
    assert choose_book(str(typo), False, first, create) == (str(typo), False)
    assert typo.parent.is_dir() and (typo.parent.stat().st_mode & 0o777) == 0o700
    # An existing book is opened without a word.
    asked.clear()
    existing = tmp_path / "book.sqlite"
    open_store(existing).close()
    assert choose_book(str(existing), False, first, create) == (str(existing), False)
    assert asked == []
    # The first-start screen itself.
    dialog = FirstStartDialog(default_database(), 2000)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1366 // 2, 300)
    assert not dialog.grab().isNull()
    dialog.demo_button.click()
    assert dialog.choice == DEMO and dialog.result() == dialog.DialogCode.Accepted
    again = FirstStartDialog(default_database(), 2000)
    qtbot.addWidget(again)
    again.import_button.click()
    assert again.choice == "import", "an empty book, then the import of one's contacts"


def test_a_missing_chinese_font_is_said_at_start(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtGui import QFontDatabase

    from rmdesk.ui import fonts

    assert fonts.missing_font_warning() is None, "the test machine has a CJK font"
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: []))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")  # the start stops right after the warning
    assert run(db=str(bad), lang="en", settings=tmp_path / "s.ini") == 1
    assert warned and "No Chinese font" in warned[0] and "fonts-noto-cjk" in warned[0]


def test_an_address_takes_coordinates_from_chinese_maps_and_finds_its_district(desk, qtbot) -> None:
    from GeoToolCN import wgs84_to_gcj02

    from rmdesk.domain.geo import distance_km

    window = desk.window
    editor = window.book_page.open_editor(None)
    editor.name.setText("胡娟丹")
    row = editor.address_rows[0]
    row.text.setText("台州市路桥区银座街1号")
    row.text.editingFinished.emit()
    assert row.district.text() == "路桥区", "found in the offline gazetteer"
    gcj_lon, gcj_lat = wgs84_to_gcj02(121.3745, 28.5819)
    row.point.set_system("gcj02")
    row.point.lat.setText(f"{gcj_lon:.6f},{gcj_lat:.6f}")  # as 高德 copies it
    assert row.point.lon.text() == f"{gcj_lon:.6f}", "the pasted pair filled both fields"
    address, problem = row.value()
    assert problem is None and address.district == "路桥区"
    assert distance_km(28.5819, 121.3745, address.lat, address.lon) < 0.01
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    cid = next(i for i in window.services.contacts.list_ids(BookFilter(search="胡娟丹")))
    stored = window.services.contacts.get(cid).addresses[0]
    assert stored.province == "浙江省" and stored.city == "台州市"
    assert distance_km(28.5819, 121.3745, stored.lat, stored.lon) < 0.01


def test_the_contact_table_fits_a_laptop_sorts_and_says_what_a_search_covers(desk, qtbot) -> None:
    from rmdesk.ui.book.contact_table import ContactTableModel as M

    window = desk.window
    window.resize(1366, 768)
    qtbot.wait(50)
    table, header = window.book_page.table, window.book_page.table.horizontalHeader()
    shown = [c for c in range(window.book_page.model.columnCount()) if not table.isColumnHidden(c)]
    assert {M.NAME, M.COMPANY, M.PHONE, M.DISTRICT, M.STAGE, M.LAST, M.NEXT} <= set(shown)
    used = sum(table.columnWidth(c) for c in shown[:-1])
    assert used < table.viewport().width(), "every shown column fits at 1366 pixels"
    # A click on a header sorts the whole book by it; a second click reverses.
    header.sectionClicked.emit(M.COMPANY)
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.sort == "company", timeout=WAIT)
    wait_loaded(qtbot, window)
    firsts = [
        window.services.contacts.get(window.book_page.model.contact_id(r)).company for r in range(3)
    ]
    assert firsts == sorted(firsts)
    header.sectionClicked.emit(M.COMPANY)
    qtbot.waitUntil(lambda: window.book_page.model.book_filter.descending, timeout=WAIT)
    assert header.sortIndicatorSection() == M.COMPANY
    # A search inside a group says so, and one click searches the whole book.
    window.book_page.tree.select_group(BookFilter(tie=TieKind.CLASSMATE))
    type_text(qtbot, window.book_page.search, "zh")
    qtbot.waitUntil(lambda: window.book_page.scope.isVisible(), timeout=WAIT)
    assert (
        "zh" in window.book_page.scope_text.text()
        and "Classmate" in window.book_page.scope_text.text()
    )
    assert window.book_page.model.book_filter.sort == "company", "the sort survives a new search"
    window.book_page.search_whole_book()
    assert not window.book_page.scope.isVisible()
    qtbot.waitUntil(
        lambda: (
            window.book_page.model.book_filter.tie is None
            and window.book_page.model.book_filter.search == "zh"
        ),
        timeout=WAIT,
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_window_fits_a_laptop_and_every_menu_has_distinct_keys(
    desk, qtbot, lang: str
) -> None:
    """At 1366x768, in both languages: no window taller than the screen, menus without
    two items on one accelerator key (the visit buttons: tests/test_map.py)."""
    import re

    from PySide6.QtWidgets import QMenu

    from rmdesk.ui.dossier.company_dialog import CompanyDialog
    from rmdesk.ui.settings_dialog import SettingsDialog

    desk.translations.use(lang)
    try:
        window = desk.window
        for menu in window.menuBar().findChildren(QMenu):
            keys = [
                m.group(1).lower()
                for a in menu.actions()
                if (m := re.search(r"&(\w)", a.text().replace("&&", "")))
            ]
            assert len(keys) == len(set(keys)), (menu.title(), keys)
        companies = CompanyDialog(window.ctx, window)
        qtbot.addWidget(companies)
        companies.show()
        qtbot.waitUntil(lambda: companies.list.count() > 0, timeout=WAIT)
        assert companies.minimumSizeHint().height() <= 700
        assert companies.height() <= 700
        settings = SettingsDialog(window.prefs, window.services.store.location, window)
        qtbot.addWidget(settings)
        assert settings.minimumWidth() >= 500
        # Windows open no taller than a laptop's screen (768, less the taskbar).
        assert window.height() <= 720
        select_contact(qtbot, window, window.book_page.model.contact_id(0))
        window.commands.briefing_action.trigger()
        qtbot.waitUntil(lambda: getattr(window, "briefing_view", None) is not None, timeout=WAIT)
        assert window.briefing_view.height() <= 720
        window.briefing_view.close()
    finally:
        desk.translations.use("en")


def test_the_official_holidays_of_an_uncovered_year_are_entered_in_a_dialog(desk, qtbot) -> None:
    from rmdesk.planning.holidays import load_schedules
    from rmdesk.ui.planning.holidays_dialog import HolidaysDialog

    window = desk.window
    window.edit_holidays()
    dialog = window.holidays_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    year = dialog.year.value()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    # A weekday is no day worked in lieu: said beside the form, nothing saved.
    weekday = next(dt.date(year, 1, d) for d in range(5, 12) if dt.date(year, 1, d).weekday() < 5)
    dialog.workdays.setText(weekday.isoformat())
    dialog.save()
    qtbot.waitUntil(lambda: "weekday" in dialog.problem.text(), timeout=WAIT)
    assert year not in load_schedules(window.services.store)
    saturday = next(
        dt.date(year, 9, d) for d in range(20, 31) if dt.date(year, 9, d).weekday() == 5
    )
    dialog.workdays.setText(saturday.isoformat())
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    entered = load_schedules(window.services.store)[year]
    assert entered.workdays == (saturday,) and len(entered.holidays) == 7
    assert isinstance(dialog, HolidaysDialog)


def test_find_an_address_with_the_configured_geocoder_or_its_district(
    desk, qtbot, amap_geocoder, memory_keyring, monkeypatch
) -> None:
    from conftest import TRUE_POINT

    import rmdesk.ui.book.contact_editor as editor_module

    monkeypatch.setattr(editor_module, "discard_confirmed", lambda *_a: True)  # at teardown
    from rmdesk.domain.geo import distance_km
    from rmdesk.planning.geocode import store_key
    from rmdesk.ui.book.contact_editor import ContactEditor

    window = desk.window
    window.prefs.geocoder_url = amap_geocoder
    editor = ContactEditor(window.ctx, None, window)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.address_rows[1]
    row.text.setText("台州市椒江区市府大道1号")
    # No key: nothing is sent; the district comes from the offline gazetteer.
    row.find_button.click()
    qtbot.waitUntil(lambda: "No geocoder" in editor.status.text(), timeout=WAIT)
    assert row.district.text() == "椒江区" and row.point.lat.text() == ""
    store_key("good")
    row.find_button.click()
    qtbot.waitUntil(lambda: "Found" in editor.status.text(), timeout=WAIT)
    address, problem = row.value()
    assert problem is None
    assert distance_km(*TRUE_POINT, address.lat, address.lon) < 0.01
    store_key("wrong")
    row.find_button.click()
    qtbot.waitUntil(lambda: "refused the key" in editor.status.text(), timeout=WAIT)
    kept = row.value()[0]
    assert distance_km(*TRUE_POINT, kept.lat, kept.lon) < 0.01, "kept what was found"


@contextlib.contextmanager
def stalled_server():
    """A local server that accepts connections and never answers: yields (port, held)."""
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])  # and never a word back
            except OSError:
                continue

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server.getsockname()[1], held
    finally:
        stop.set()
        for sock in held:
            sock.close()
        server.close()
        acceptor.join(5)


def search_answers(qtbot, window) -> None:
    type_text(qtbot, window.book_page.search, "zh")
    qtbot.waitUntil(
        lambda: (
            window.book_page.model.book_filter.search == "zh" and window.book_page.model.complete
        ),
        timeout=WAIT,
    )
    assert window.book_page.model.rowCount() > 0


def test_search_answers_while_a_stalled_calendar_server_is_being_synced(
    desk, qtbot, memory_keyring
) -> None:
    """A CalDAV server that accepts and never answers held the one database worker, and
    search froze. The sync now waits on the network worker."""
    window = desk.window
    with stalled_server() as (port, held):
        window.show_calendar()
        dialog = window.calendar_dialog
        qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
        dialog.url.setText(f"http://127.0.0.1:{port}/")
        dialog.user.setText("rm")
        dialog.password.setText("secret")
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: bool(held), timeout=WAIT)  # the sync is talking to it
        search_answers(qtbot, window)
        assert not dialog.sync_button.isEnabled(), "the sync is still waiting meanwhile"
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=WAIT)
    assert dialog.message.text(), "the failed sync says so"


def test_search_answers_while_a_stalled_road_routing_server_is_asked(
    desk, qtbot, monkeypatch
) -> None:
    """Planning a day with a road-routing server (OSRM) held the database worker for as
    long as the server took (15 s). The travel times are now asked on the network worker."""
    import dataclasses

    import shiboken6

    import rmdesk.ui.planning.plan_page as plan_module
    from rmdesk.planning.visits import VisitBook

    warned: list[str] = []
    monkeypatch.setattr(
        plan_module.QMessageBox, "warning", lambda _p, _t, text: warned.append(text)
    )
    window = desk.window
    window.prefs.tiles = "none"  # tests use no network
    visits = VisitBook(window.services.store)
    with stalled_server() as (port, held):
        visits.set_branch(dataclasses.replace(visits.branch(), osrm_url=f"http://127.0.0.1:{port}"))
        window.nav.setCurrentRow(MAP)
        page = window.plan_page
        page.plan()
        qtbot.waitUntil(lambda: bool(held), timeout=WAIT)  # the planner is asking it
        search_answers(qtbot, window)
        assert page.planning is not None, "the plan is still waiting meanwhile"
    qtbot.waitUntil(lambda: page.planning is None, timeout=WAIT)
    assert warned and "routing server" in warned[0], "the failed plan says so"
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    shiboken6.delete(page)
    window.plan_page = None


def test_planning_stops_at_once_and_leaves_the_day_as_it_was(desk, qtbot, monkeypatch) -> None:
    import dataclasses

    import shiboken6

    import rmdesk.ui.planning.plan_page as plan_module
    from rmdesk.planning.visits import VisitBook

    warned: list[str] = []
    monkeypatch.setattr(
        plan_module.QMessageBox, "warning", lambda _p, _t, text: warned.append(text)
    )
    said: list[str] = []
    window = desk.window
    window.prefs.tiles = "none"
    visits = VisitBook(window.services.store)
    window.nav.setCurrentRow(MAP)
    page = window.plan_page
    page.progress.connect(said.append)
    before = page.route
    with stalled_server() as (port, held):
        visits.set_branch(dataclasses.replace(visits.branch(), osrm_url=f"http://127.0.0.1:{port}"))
        page.plan_button.click()
        qtbot.waitUntil(lambda: bool(held), timeout=WAIT)
        assert page.plan_button.text() != page.tr("Plan the day"), "the button now stops"
        qtbot.keyClick(page, Qt.Key.Key_Escape)
        assert page.planning is None and page.plan_button.text() == page.tr("Plan the day")
        assert "stopped" in said[-1]
    # The server gives up on the held request; the stopped plan's failure is not shown.
    qtbot.waitUntil(lambda: window.network.pending == 0, timeout=WAIT)
    qtbot.wait(200)
    assert warned == [] and page.route is before and page.planning is None
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    shiboken6.delete(page)
    window.plan_page = None


def test_the_branch_is_picked_on_the_map_or_found_by_its_address(
    desk, qtbot, amap_geocoder, memory_keyring
) -> None:
    import shiboken6
    from conftest import TRUE_POINT

    from rmdesk.domain.geo import distance_km
    from rmdesk.planning.geocode import store_key

    window = desk.window
    window.prefs.tiles = "none"  # tests use no network
    window.prefs.geocoder_url = amap_geocoder
    window.edit_branch()
    qtbot.waitUntil(lambda: getattr(window, "branch_dialog", None) is not None, timeout=WAIT)
    dialog = window.branch_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    # Found by its address with the geocoder the user set up.
    store_key("good")
    dialog.address.setText("台州市椒江区市府大道1号")
    dialog.point.lat.clear()  # the branch already has a place: see it replaced
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.point.lat.text() != "", timeout=WAIT)
    lat, lon, problem = dialog.point.value()
    assert problem is None and distance_km(*TRUE_POINT, lat, lon) < 0.01
    # Picked on the map: the dialog steps aside, the map takes the click.
    dialog.pick_button.click()
    assert not dialog.isVisible()
    page = window.plan_page
    qtbot.waitUntil(lambda: page.map.loaded, timeout=20_000)
    page.map._on_placed(0, 28.60, 121.40)  # what the page reports for a click there
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    lat, lon, _p = dialog.point.value()
    assert (round(lat, 2), round(lon, 2)) == (28.60, 121.40)
    dialog.reject()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    shiboken6.delete(page)
    window.plan_page = None


def test_views_follow_changes_made_elsewhere(qtbot, desk: Desk) -> None:
    """A change made outside the window (another worker, an import, the phone) reaches
    each view that shows it through the services' events: no view refreshes another."""
    import threading

    from rmdesk.domain.contact import Contact

    window = desk.window
    services = window.services
    made: list[int] = []
    writer = threading.Thread(
        target=lambda: made.append(services.contacts.save(Contact(name="外来客户")))
    )
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: window.book_page.model.row_of(made[0]) is not None, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.book_page.counts is not None and window.book_page.counts.total == 301,
        timeout=WAIT,
    )
    window.nav.setCurrentRow(MAP)
    page = window.plan_page
    assert page is not None
    day = page.chosen_day()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    before = page.plans.count()
    writer = threading.Thread(target=lambda: services.planning.add_flexible(made, day))
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: page.plans.count() == before + 1, timeout=WAIT)
    assert any("外来客户" in page.plans.item(n).text() for n in range(page.plans.count()))


def test_the_collector_is_installed_once_and_python_collects_only_through_it(qapp) -> None:
    import gc

    from rmdesk.ui.common.collector import GuiThreadCollector, collect_on_gui_thread

    collect_on_gui_thread()
    collect_on_gui_thread()
    assert len(qapp.findChildren(GuiThreadCollector)) == 1
    assert not gc.isenabled(), "no automatic collection in whatever thread allocates"
