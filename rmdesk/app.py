"""Composition root: open the book, build the services, show the window."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk.domain.errors import DatabaseCorrupt, RmdeskError
from rmdesk.error_texts import error_text
from rmdesk.services import build_services
from rmdesk.store.database import Store, book_file, open_store
from rmdesk.store.location import ENV_DB, default_database, demo_database
from rmdesk.store.private import private_folder
from rmdesk.ui.common.collector import collect_on_gui_thread
from rmdesk.ui.common.i18n import Translations, resolve_language
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.progress import Progress, run_with_progress
from rmdesk.ui.common.tasks import TaskRunner
from rmdesk.ui.first_start import DEMO, EMPTY, IMPORT, RESTORE, ask_create, ask_first_start
from rmdesk.ui.fonts import missing_font_warning
from rmdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from rmdesk.store.cipher import BookKey

DEMO_CLIENTS = 2000


def open_book(runner: TaskRunner, target: str, demo: bool, passphrase: str | None = None) -> Store:
    """Open (and migrate) the book off the GUI thread; fill the demo book on first use."""

    def opened(_progress: Progress) -> Store:
        from rmdesk.store.cipher import spelling_that_opens

        path = book_file(target)
        typed = passphrase
        if typed is not None and path is not None and path.exists():
            typed = spelling_that_opens(path, typed)  # a recovery key typed another way
        return open_store(target, passphrase=typed)

    store = run_with_progress(
        runner, opened, QCoreApplication.translate("App", "Opening the book…")
    )
    if demo:
        from rmdesk.demo.generator import DemoBookNotEmpty, write_demo_book

        def fill(progress: Progress) -> int:
            return write_demo_book(
                store,
                DEMO_CLIENTS,
                seed=1,
                progress=progress.report,
                cancelled=progress.cancelled,
            )

        # Written on an earlier start, the demo book is opened as it is.
        with contextlib.suppress(DemoBookNotEmpty):
            run_with_progress(
                runner,
                fill,
                QCoreApplication.translate("App", "Writing the demo book…"),
                cancellable=True,
            )
    return store


def choose_book(
    db: str | None,
    demo: bool,
    first_start: Callable[[str, int], str | None],
    create: Callable[[Path], bool],
) -> tuple[str, bool] | None:
    """Which book to open (and whether it is the demo book), asking before making one:
    on the first start, whether to explore the demo book or start an empty one; for a
    given path that leads to no book, whether to create it. None: the user said no."""
    if demo:
        return demo_database(), True
    target = db or default_database()
    path = book_file(target)
    if path is None:
        return target, False
    if path.exists():
        return target, False
    if db is None and os.environ.get(ENV_DB) is None:
        choice = first_start(target, DEMO_CLIENTS)
        if choice is None:
            return None
        return (demo_database(), True) if choice == DEMO else (target, False)
    if not create(path):
        return None
    private_folder(path.parent)
    return target, False


START_CHECK_MS = 2000


def restore_at_start(target: str) -> bool:
    """The book cannot be opened, damaged: offer its newest sound backup; True when it
    was put in place (the damaged file is kept beside it)."""
    from rmdesk.store.backups import newest_sound, restore

    book = book_file(target)
    if book is None:
        return False
    backup = newest_sound(book)
    if backup is None:
        return False
    answer = QMessageBox.question(
        None,
        "rmdesk",
        QCoreApplication.translate(
            "Backups",
            "The book {0} is damaged and cannot be opened. Put its newest sound backup, of "
            "{1}, in its place? The damaged file is kept beside it.",
        ).format(book, f"{backup.when:%Y-%m-%d %H:%M}"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore(book, backup.path)
    return True


def protect_new_book(
    book: Path,
    ask: Callable[[Path, str], tuple[str, str | None] | None],
    show_key: Callable[[str], None],
) -> tuple[bool, str | None]:
    """The first start's own book: encrypted under the passphrase the user sets, or a
    random secret kept in the OS keyring (shown to the user as the recovery key), or
    plain, as they choose. (False, None) when they quit; else (True, the secret to create
    the book with, or None: plain)."""
    from keyring.errors import KeyringError

    from rmdesk.store.cipher import new_secret
    from rmdesk.store.encryption import keep_in_keyring
    from rmdesk.ui.protection import KEYRING, NONE, no_keyring

    problem = ""
    while True:
        answer = ask(book, problem)
        if answer is None:
            return False, None
        how, passphrase = answer
        if how == NONE:
            return True, None
        if how != KEYRING:
            return True, passphrase
        secret = new_secret()
        try:
            keep_in_keyring(book, secret)
        except (KeyringError, RuntimeError, OSError) as exc:  # no keyring on this desktop
            problem = no_keyring(exc)
            continue
        show_key(secret)
        return True, secret


def bring_back(
    runner: TaskRunner,
    target: str,
    backup: Path,
    ask: Callable[[Path, str], str | None],
) -> tuple[bool, str | None]:
    """The first start's book brought back from a backup (of this computer or another):
    an encrypted one opened with the passphrase or recovery key `ask` gives (asked again
    while wrong), checked, and put in place. (False, None) when the user gives up; else
    (True, the passphrase to open the book with, or None: plain). BackupFailed (nothing
    made) for a file that is not a sound rmdesk book."""
    from rmdesk.store.backups import restore
    from rmdesk.store.cipher import (
        could_be_encrypted,
        is_encrypted,
        key_for,
        opens,
        spelling_that_opens,
    )
    from rmdesk.ui.protection import wrong_passphrase

    book = book_file(target)
    assert book is not None
    passphrase, key, problem = None, None, ""
    encrypted = is_encrypted(backup) and could_be_encrypted(backup)  # else: said below

    def check(typed: str) -> tuple[str, BookKey] | None:
        spelled = spelling_that_opens(backup, typed)
        tried = key_for(backup, spelled)
        return (spelled, tried) if opens(backup, tried) else None

    while encrypted and key is None:
        typed = ask(backup, problem)
        if typed is None:
            return False, None
        found = run_with_progress(
            runner,
            lambda _p, typed=typed: check(typed),  # type: ignore[misc]
            QCoreApplication.translate("App", "Checking the passphrase…"),
        )
        if found is None:
            problem = wrong_passphrase()
        else:
            passphrase, key = found
    private_folder(book.parent)

    def brought_back(_progress: Progress) -> None:
        from rmdesk.store.encryption import keep_recovered

        restore(book, backup, key=key)
        if passphrase is not None:
            keep_recovered(book, passphrase)  # a recovery key: kept here as it was there

    run_with_progress(
        runner,
        brought_back,
        QCoreApplication.translate("App", "Bringing the book back from its backup…"),
    )
    return True, passphrase


def open_encrypted(
    runner: TaskRunner, target: str, demo: bool, passphrase: str | None
) -> Store | None:
    """Open the book; an encrypted one with the passphrase given, else $RMDESK_PASSPHRASE,
    else the keyring's, else the one the user types (asked again while it is wrong).
    None: the user would rather not open it."""
    from rmdesk.domain.errors import WrongPassphrase
    from rmdesk.store.cipher import could_be_encrypted, is_encrypted
    from rmdesk.store.location import ENV_PASSPHRASE

    path = book_file(target)
    if passphrase is None and path is not None and is_encrypted(path) and could_be_encrypted(path):
        from rmdesk.store.encryption import keyring_secret

        passphrase = os.environ.get(ENV_PASSPHRASE) or keyring_secret(path)
        problem = ""
        while True:
            if passphrase is None:
                from rmdesk.ui.protection import ask_passphrase

                passphrase = ask_passphrase(path, problem)
                if passphrase is None:
                    return None
            try:
                return open_book(runner, target, demo, passphrase)
            except WrongPassphrase:
                from rmdesk.ui.protection import wrong_passphrase

                passphrase, problem = None, wrong_passphrase()
    return open_book(runner, target, demo, passphrase)


class Desk:
    """The running app: one book, one worker, one main window (rebuilt on language change)."""

    def __init__(
        self, store: Store, runner: TaskRunner, prefs: Preferences, translations: Translations
    ) -> None:
        self.store = store
        collect_on_gui_thread()  # never in a worker: see ui/common/collector.py
        # The composition root: the services are built once, here, and shared by every
        # window (a language change builds a new one on the same services).
        self.services = build_services(store)
        self.runner = runner
        self.prefs = prefs
        self.translations = translations
        self.window = self._build()

    def _build(self) -> MainWindow:
        return MainWindow(self.services, self.runner, self.prefs, self.change_language)

    def change_language(self, preference: str) -> None:
        self.translations.use(resolve_language(preference))
        old = self.window
        self.window = self._build()
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.close()
        old.deleteLater()
        # Collect the old window's wrappers right after Qt deleted it, at a quiet moment:
        # left to a random later collection, such cycles crashed PySide6 6.12 in tests.
        QTimer.singleShot(0, gc.collect)

    def show(self) -> None:
        self.window.show()
        # Once the first screen is up: the integrity check and the day's backup.
        from rmdesk.ui.backups_dialog import check_at_start
        from rmdesk.ui.protection import remind_recovery_key

        window = self.window
        QTimer.singleShot(START_CHECK_MS, window, lambda: check_at_start(window, window.ctx))
        QTimer.singleShot(START_CHECK_MS, window, lambda: remind_recovery_key(window))


def run(
    db: str | None = None, demo: bool = False, lang: str | None = None, settings: Path | None = None
) -> int:
    """Start the GUI; returns the exit code."""
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        # Chromium (behind Qt WebEngine) refuses to run as root with its sandbox.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # The map's WebEngine view loads later, on first use; it needs this set before the
    # application exists (importing QtWebEngineWidgets would set it, at a start-up cost).
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("rmdesk")
    app.setApplicationDisplayName("rmdesk")
    from PySide6.QtGui import QIcon

    from rmdesk.resources import resource_dir

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_dir() / "icon" / f"rmdesk-{size}.png"))
    app.setWindowIcon(icon)
    prefs = Preferences(settings)
    translations = Translations()
    translations.use(lang or resolve_language(prefs.language))
    warning = missing_font_warning()
    if warning is not None:
        print(f"rmdesk: warning: {' '.join(warning.splitlines()[0].split())}", file=sys.stderr)
        QMessageBox.warning(None, "rmdesk", warning)
    started: list[str | None] = []
    kept_keys: list[str] = []
    passphrase = None
    runner = TaskRunner()

    def first_start(book: str, clients: int) -> str | None:
        nonlocal passphrase
        from rmdesk.ui.protection import ask_passphrase

        while True:
            answer = ask_first_start(book, clients)
            started.append(None if answer is None else answer[0])
            if answer is None or answer[0] != RESTORE:
                return EMPTY if started[-1] == IMPORT else started[-1]
            assert answer[1] is not None
            try:
                brought, passphrase = bring_back(runner, book, answer[1], ask_passphrase)
            except RmdeskError as error:  # not a backup: said, and the choice again
                QMessageBox.warning(None, "rmdesk", error_text(error))
                continue
            if brought:
                return EMPTY  # the book is there now: it opens as it is

    chosen = choose_book(db, demo, first_start, ask_create)
    if chosen is None:
        print("rmdesk: no book was opened (nothing was created)", file=sys.stderr)
        runner.shutdown()
        return 1 if db else 0
    target, demo = chosen
    if started and started[-1] in (EMPTY, IMPORT):  # a new book: how is it protected?
        from rmdesk.ui.protection import ask_protection, show_recovery_key

        book = book_file(target)
        assert book is not None
        go_on, passphrase = protect_new_book(
            book,
            ask_protection,
            lambda key: kept_keys.append(key) if show_recovery_key(None, key) else None,
        )
        if not go_on:
            print("rmdesk: no book was opened (nothing was created)", file=sys.stderr)
            runner.shutdown()
            return 0
    try:
        try:
            store = open_encrypted(runner, target, demo, passphrase)
        except DatabaseCorrupt:
            if not restore_at_start(target):
                raise
            store = open_encrypted(runner, target, demo, passphrase)
        if store is None:
            runner.shutdown()
            return 0  # the user would rather not type the passphrase
    except RmdeskError as error:
        QMessageBox.critical(None, "rmdesk", error_text(error))
        print(f"rmdesk: error: {error}", file=sys.stderr)
        runner.shutdown()
        return 1
    desk = Desk(store, runner, prefs, translations)
    security = desk.services.security
    for key in kept_keys:  # the new book's recovery key, which the user said they kept
        runner.submit(functools.partial(security.recovery_kept, key))
    desk.show()
    if started and started[-1] == IMPORT:  # the first start asked to bring the contacts in
        from rmdesk.ui import data_windows

        QTimer.singleShot(0, desk.window, lambda: data_windows.import_contacts(desk.window))
    code = app.exec()
    runner.shutdown()
    store.close()
    return int(code)
