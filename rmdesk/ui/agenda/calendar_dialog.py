"""The phone calendar: export an .ics, sync with CalDAV (reviewing what the phone
changed), import an .ics, and the subscription feed."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.agenda import caldav_sync as cs
from rmdesk.agenda.feed import FeedSettings, new_token
from rmdesk.agenda.import_ics import (
    ImportPlan,
    Incoming,
    check_size,
)
from rmdesk.agenda.items import ALL_CLIENTS, KEY_CLIENTS, NO_CLIENTS, TAG, Privacy
from rmdesk.error_texts import error_text
from rmdesk.ui.agenda.feed_control import FeedControl, local_addresses
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.progress import Progress, run_with_progress
from rmdesk.ui.common.qdates import to_date

ROLE = Qt.ItemDataRole.UserRole


class CalendarDialog(QDialog):
    def __init__(
        self,
        ctx: Context,
        feed: FeedControl | None,
        parent: QWidget | None = None,
        selected: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.selected = list(selected or [])
        self.agenda = ctx.services.agenda
        self.contacts = ctx.services.contacts
        self.runner = ctx.runner
        # A sync waits on the server: on its own worker, so search goes on meanwhile.
        self.network = ctx.network
        self.feed = feed  # the window's feed, restarted when its settings are saved
        self.report: cs.Report | None = None
        self.import_plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Phone calendar"))
        self.resize(680, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._export_tab(), self.tr("Export"))
        self.tabs.addTab(self._sync_tab(), self.tr("CalDAV sync"))
        self.tabs.addTab(self._import_tab(), self.tr("Import"))
        self.tabs.addTab(self._feed_tab(), self.tr("Subscription"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(row)
        agenda = self.agenda
        self.runner.submit(lambda: (agenda.account(), agenda.feed_settings()), self._fill)

    def _privacy_box(self) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("Minimal: “拜访 王先生”, time, place"), Privacy.MINIMAL.value)
        box.addItem(self.tr("Standard: also purpose and materials"), Privacy.STANDARD.value)
        box.addItem(self.tr("Full: also the briefing's key facts"), Privacy.FULL.value)
        box.setCurrentIndex(1)
        box.setToolTip(
            self.tr("No profile ever carries the ID number, health, income or religion.")
        )
        return box

    def say(self, text: str) -> None:
        self.message.setText(text)

    def failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    # -- export -----------------------------------------------------------------------

    def _export_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.first = QDateEdit(QDate.currentDate())
        self.last = QDateEdit(QDate.currentDate().addDays(60))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.privacy = self._privacy_box()
        self.alarm = QSpinBox()
        self.alarm.setRange(0, 24 * 60)
        self.alarm.setValue(30)
        self.alarm.setSuffix(self.tr(" min before"))
        self.alarm.setSpecialValueText(self.tr("no alarm"))
        self.split = QCheckBox(self.tr("One event per file (some phone apps read only the first)"))
        self.festivals = QCheckBox(self.tr("Festival greetings (春节, 中秋 …)"))
        self.festivals.setChecked(True)
        self.selection = QCheckBox(self.tr("Only the contacts selected in the book"))
        self.selection.setEnabled(bool(self.selected))
        self.whose = QComboBox()
        self.whose.addItem(self.tr("Key clients"), KEY_CLIENTS)
        self.whose.addItem(self.tr("All clients"), ALL_CLIENTS)
        self.whose.addItem(self.tr("Clients tagged…"), TAG)
        self.whose.addItem(self.tr("Nobody"), NO_CLIENTS)
        self.whose.setToolTip(
            self.tr("Only the birthdays and anniversaries that fall between From and To.")
        )
        self.whose_tag = QLineEdit()
        self.whose_tag.setPlaceholderText(self.tr("Tag, e.g. 围棋"))
        self.whose_tag.setVisible(False)
        self.whose.currentIndexChanged.connect(
            lambda _i: self.whose_tag.setVisible(self.whose.currentData() == TAG)
        )
        whose_row = QWidget()
        whose_line = QHBoxLayout(whose_row)
        whose_line.setContentsMargins(0, 0, 0, 0)
        whose_line.addWidget(self.whose)
        whose_line.addWidget(self.whose_tag, 1)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self.export)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Privacy"), self.privacy)
        form.addRow(self.tr("Alarm"), self.alarm)
        form.addRow(self.tr("Birthdays and anniversaries of"), whose_row)
        form.addRow("", self.split)
        form.addRow("", self.festivals)
        form.addRow("", self.selection)
        form.addRow("", export)
        return page

    def export(self, path: str | None = None) -> None:

        split = self.split.isChecked()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the calendar"),
                "rmdesk.zip" if split else "rmdesk.ics",
                self.tr("Zip of .ics files (*.zip)") if split else self.tr("Calendar (*.ics)"),
            )
            if not path:
                return
        first, last = to_date(self.first.date()), to_date(self.last.date())
        if last < first:
            self.say(self.tr("The last day is before the first."))
            return
        privacy = Privacy(self.privacy.currentData())
        alarm = self.alarm.value() or None
        only = set(self.selected) if self.selection.isChecked() else None
        festivals = self.festivals.isChecked() and only is None
        whose = str(self.whose.currentData())
        if whose == TAG:
            tag = self.whose_tag.text().strip()
            if not tag:
                self.say(self.tr("Type the tag whose clients' birthdays go along."))
                return
            whose = TAG + tag
        agenda, target = self.agenda, Path(path)

        def work(progress: Progress) -> int | None:
            return agenda.export(
                target,
                first,
                last,
                privacy,
                alarm,
                festivals=festivals,
                contacts=only,
                client_dates=whose,
                split=split,
                cancelled=progress.cancelled,
            )

        try:
            written = run_with_progress(
                self.runner, work, self.tr("Exporting the calendar…"), self, cancellable=True
            )
        except Exception as error:  # shown in the dialog, as any failure here
            self.failed(error)
            return
        if written is None:
            self.say(self.tr("Export cancelled; nothing was written."))
        else:
            self.say(self.tr("%n event(s) exported.", "", written))

    # -- CalDAV -----------------------------------------------------------------------

    def _sync_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://dav.example.com/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, never in the book"))
        self.calendar_name = QLineEdit("rmdesk")
        self.delete_cancelled = QCheckBox(self.tr("Delete cancelled visits from the calendar"))
        self.sync_privacy = self._privacy_box()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync)
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Calendar"), self.calendar_name)
        form.addRow(self.tr("Privacy"), self.sync_privacy)
        form.addRow("", self.delete_cancelled)
        form.addRow("", self.sync_button)
        self.review = QListWidget()
        self.apply_button = QPushButton(self.tr("Apply what is ticked"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_review)
        col.addLayout(form)
        col.addWidget(QLabel(self.tr("Changed on the phone (tick what to apply):")))
        col.addWidget(self.review)
        col.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _fill(self, found: tuple[cs.Account | None, FeedSettings]) -> None:
        account, feed = found
        if account is not None:
            self.url.setText(account.url)
            self.user.setText(account.username)
            self.calendar_name.setText(account.calendar)
            self.delete_cancelled.setChecked(account.delete_cancelled)
        self._show_feed(feed)

    def account(self) -> cs.Account | None:
        if not self.url.text().strip() or not self.user.text().strip():
            return None
        return cs.Account(
            self.url.text().strip(),
            self.user.text().strip(),
            self.calendar_name.text().strip() or "rmdesk",
            self.delete_cancelled.isChecked(),
        )

    def sync(self) -> None:
        account = self.account()
        if account is None:
            self.say(self.tr("Enter the server address and the user name first."))
            return
        typed = self.password.text()
        privacy = Privacy(self.sync_privacy.currentData())
        agenda = self.agenda

        def work() -> cs.Report:
            agenda.save_account(account)
            password = typed
            if typed:
                # Without a keyring the typed password serves this sync only.
                with contextlib.suppress(cs.SyncFailed):
                    cs.store_password(account, typed)
            else:
                password = cs.find_password(account) or ""
            if not password:
                raise cs.SyncFailed("password", account.url)
            first = dt.date.today()
            return agenda.sync(account, password, first, first + dt.timedelta(days=60), privacy)

        self.sync_button.setEnabled(False)
        self.say(self.tr("Syncing…"))
        self.network.submit(work, self._synced, self._sync_failed)

    def _sync_failed(self, error: BaseException) -> None:
        self.sync_button.setEnabled(True)
        self.failed(error)

    def _synced(self, report: cs.Report) -> None:
        self.sync_button.setEnabled(True)
        self.password.clear()
        self.report = report
        self.review.clear()
        for change in report.changes:
            when = change.new_start.strftime("%m-%d %H:%M") if change.new_start else ""
            text = (
                self.tr("{0}: moved to {1}").format(change.summary, when)
                if change.kind == "moved"
                else self.tr("{0}: cancelled on the phone").format(change.summary)
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ROLE, ("change", change))
            self.review.addItem(item)
        for conflict in report.conflicts:
            item = QListWidgetItem(
                self.tr(
                    "Conflict — {0}: here {1}, phone {2}. Ticked: take the phone's; "
                    "unticked: keep this one."
                ).format(conflict.summary, conflict.here, conflict.phone)
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ROLE, ("conflict", conflict))
            self.review.addItem(item)
        self.apply_button.setEnabled(bool(report.changes or report.conflicts))
        text = self.tr("Synced: %n item(s) sent.", "", len(report.pushed))
        if report.created:
            text += " " + self.tr("The calendar was created.")
        if report.changes or report.conflicts:
            text += " " + self.tr("Review what the phone changed below.")
        self.say(text)

    def apply_review(self) -> None:
        changes: list[cs.Change] = []
        take_phone: list[cs.Conflict] = []
        keep_here: list[cs.Conflict] = []
        for n in range(self.review.count()):
            item = self.review.item(n)
            kind, what = item.data(ROLE)
            ticked = item.checkState() == Qt.CheckState.Checked
            if kind == "change" and ticked:
                changes.append(what)
            elif kind == "conflict":
                (take_phone if ticked else keep_here).append(what)
        agenda = self.agenda

        def work() -> int:
            return agenda.apply_phone_changes(changes, take_phone, keep_here)

        def done(_n: int) -> None:
            self.sync()  # send the settled versions

        self.apply_button.setEnabled(False)
        self.runner.submit(work, done, self.failed)

    # -- import -----------------------------------------------------------------------

    def _import_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        choose = QPushButton(self.tr("Choose an .ics file…"))
        choose.clicked.connect(lambda: self.read_import())
        self.import_list = QListWidget()
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Name of the client for ticked new events"))
        self.import_button = QPushButton(self.tr("Apply what is ticked"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply_import)
        col.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.import_list)
        col.addWidget(self.client)
        col.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def read_import(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a calendar"), "", self.tr("Calendar (*.ics)")
            )
            if not path:
                return
        agenda, source = self.agenda, Path(path)

        def read() -> ImportPlan:
            check_size(source.stat().st_size)  # before reading a 200 MB file into memory
            return agenda.plan_import(source.read_bytes())

        self.runner.submit(read, self._show_import, self.failed)

    def _show_import(self, plan: ImportPlan) -> None:
        self.import_plan = plan
        self.import_list.clear()
        for problem in plan.problems:
            item = QListWidgetItem(self.tr("Problem: {0}: {1}").format(problem.uid, problem.reason))
            item.setForeground(Qt.GlobalColor.red)
            self.import_list.addItem(item)
        for change in plan.changes:
            when = change.new_start.strftime("%m-%d %H:%M") if change.new_start else ""
            text = (
                self.tr("{0}: moved to {1}").format(change.summary, when)
                if change.kind == "moved"
                else self.tr("{0}: cancelled").format(change.summary)
            )
            self._add_check(self.import_list, text, ("change", change), True)
        for incoming in plan.new:
            self._add_check(
                self.import_list,
                self.tr("New: {0} {1}").format(f"{incoming.start:%m-%d %H:%M}", incoming.summary),
                ("new", incoming),
                False,
            )
        self.import_button.setEnabled(plan.can_apply)
        if plan.problems:
            self.say(
                self.tr(
                    "%n problem(s) in this file: nothing can be imported from it. Correct "
                    "the file (or export it again) and choose it again.",
                    "",
                    len(plan.problems),
                )
            )
            return
        self.say(
            self.tr("{0} change(s), {1} new event(s), {2} unchanged.").format(
                len(plan.changes), len(plan.new), plan.unchanged
            )
        )

    @staticmethod
    def _add_check(target: QListWidget, text: str, data: Any, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(ROLE, data)
        target.addItem(item)

    def apply_import(self) -> None:
        changes: list[cs.Change] = []
        new: list[Incoming] = []
        for n in range(self.import_list.count()):
            item = self.import_list.item(n)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            kind, what = item.data(ROLE)
            (changes if kind == "change" else new).append(what)
        name = self.client.text().strip()
        agenda, contacts = self.agenda, self.contacts

        def work() -> int:
            chosen: list[tuple[Incoming, int]] = []
            if new:
                found = contacts.find_by_name(name, limit=2) if name else []
                if len(found) != 1:
                    raise LookupError(name)
                chosen = [(incoming, found[0][0]) for incoming in new]
            return agenda.apply_import(changes, chosen)

        def failed(error: BaseException) -> None:
            if isinstance(error, LookupError):
                self.say(self.tr("Type a name that finds exactly one client for the new events."))
            else:
                self.failed(error)

        def done(n: int) -> None:
            self.import_list.clear()
            self.import_button.setEnabled(False)
            self.say(self.tr("%n item(s) applied.", "", n))

        self.runner.submit(work, done, failed)

    # -- subscription feed ------------------------------------------------------------

    def _feed_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.feed_on = QCheckBox(self.tr("Serve the calendar to phones on this network"))
        self.feed_host = QComboBox()
        self.feed_host.setEditable(True)
        for address in local_addresses():
            self.feed_host.addItem(address)
        self.feed_port = QSpinBox()
        self.feed_port.setRange(1024, 65535)
        self.feed_privacy = self._privacy_box()
        self.feed_privacy.setCurrentIndex(0)
        self.feed_url = QLineEdit()
        self.feed_url.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.feed_url.text()))
        renew = QPushButton(self.tr("New URL (the old one stops working)"))
        renew.clicked.connect(self.renew_token)
        apply = QPushButton(self.tr("Apply"))
        apply.clicked.connect(self.apply_feed)
        url_row = QWidget()
        line = QHBoxLayout(url_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.feed_url, 1)
        line.addWidget(copy)
        note = QLabel(
            self.tr(
                "127.0.0.1 serves this computer only; choose the network address "
                "to let phones on the same Wi-Fi subscribe."
            )
        )
        note.setWordWrap(True)
        form.addRow("", self.feed_on)
        form.addRow(self.tr("Listen on"), self.feed_host)
        form.addRow(self.tr("Port"), self.feed_port)
        form.addRow(self.tr("Privacy"), self.feed_privacy)
        self.feed_qr = QLabel()
        self.feed_qr.setToolTip(self.tr("Scan with the phone's camera to subscribe"))
        self.qr_note = QLabel()
        self.qr_note.setWordWrap(True)
        form.addRow(self.tr("URL"), url_row)
        form.addRow("", note)
        form.addRow(self.tr("Scan"), self.feed_qr)
        form.addRow("", self.qr_note)
        form.addRow("", renew)
        form.addRow("", apply)
        self.feed_settings = FeedSettings()
        return page

    def _show_qr(self, settings: FeedSettings) -> None:
        """The feed's address as a QR code for the phone's camera, with where it works."""
        import segno

        if not settings.enabled:
            self.feed_qr.clear()
            self.qr_note.setText(self.tr("Turn the subscription on to show its QR code."))
            return
        buffer = io.BytesIO()
        segno.make(settings.url(), error="m").save(buffer, kind="png", scale=4, border=2)
        image = QPixmap()
        image.loadFromData(buffer.getvalue(), "PNG")
        self.feed_qr.setPixmap(image)
        self.qr_note.setText(
            self.tr("The phone must be on this computer's own Wi-Fi network ({0}).").format(
                settings.host
            )
            if not settings.host.startswith("127.")
            else self.tr(
                "127.0.0.1 is this computer only: a phone cannot reach it. Choose the "
                "network address above first."
            )
        )

    def _show_feed(self, settings: FeedSettings) -> None:
        self.feed_settings = settings
        self.feed_on.setChecked(settings.enabled)
        self.feed_host.setCurrentText(settings.host)
        self.feed_port.setValue(settings.port)
        self.feed_privacy.setCurrentIndex(max(0, self.feed_privacy.findData(settings.privacy)))
        self.feed_url.setText(settings.url())
        self._show_qr(settings)

    def renew_token(self) -> None:
        self.feed_settings = dataclasses.replace(self.feed_settings, token=new_token())
        self.apply_feed()

    def apply_feed(self) -> None:
        settings = dataclasses.replace(
            self.feed_settings,
            enabled=self.feed_on.isChecked(),
            host=self.feed_host.currentText().strip() or "127.0.0.1",
            port=self.feed_port.value(),
            privacy=str(self.feed_privacy.currentData()),
        )
        agenda = self.agenda
        self.runner.submit(
            lambda: agenda.save_feed_settings(settings),
            lambda _r: self._feed_saved(settings),
            self.failed,
        )

    def _feed_saved(self, settings: FeedSettings) -> None:
        self._show_feed(settings)
        if self.feed is None:
            return

        def failed(error: BaseException) -> None:
            self.say(
                self.tr("Cannot listen on {0}:{1}: {2}").format(
                    settings.host, settings.port, getattr(error, "strerror", None) or error
                )
            )

        def done(_server: object) -> None:
            self.say(
                self.tr("The subscription is on.")
                if settings.enabled
                else self.tr("The subscription is off.")
            )

        self.feed.restart(settings, done, failed)
