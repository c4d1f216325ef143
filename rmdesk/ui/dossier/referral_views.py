"""Referrals in the app: a contact's referral tree, the open thank-you tasks, and who
can introduce the RM to a contact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.dossier.referrals import Referral, ThankYou, Way
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.services.events import Change, DossierChanged
from rmdesk.ui.common.context import Context

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferralDialog(QDialog):
    """The referral tree around one contact; double-click opens a contact."""

    open_contact = Signal(int)

    def __init__(
        self,
        ctx: Context,
        contact_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referrals around {0}").format(name))
        self.resize(560, 520)
        self.contact_id = contact_id
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Contact"), self.tr("Introduction"), self.tr("Brought")])
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: self.open_contact.emit(int(item.data(0, ID_ROLE)))
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        dossiers = ctx.services.dossiers
        ctx.runner.submit(
            lambda: dossiers.referral_tree(contact_id),
            self._show,
            lambda error: self.summary.setText(error_text(error)),
        )

    def _show(self, found: tuple[Referral, list[int]]) -> None:
        root, _path = found
        self.tree.clear()

        def add(node: Referral, parent: QTreeWidget | QTreeWidgetItem) -> QTreeWidgetItem:
            status = label(node.status) if node.status else ""
            if node.thanked:
                status += " ✓" + self.tr("thanked")
            item = QTreeWidgetItem(
                parent, [node.name, status, str(node.brought) if node.brought else ""]
            )
            item.setData(0, ID_ROLE, node.id)
            if node.id == self.contact_id:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                self.tree.setCurrentItem(item)
            for child in node.children:
                add(child, item)
            return item

        add(root, self.tree)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(
            self.tr("{0} started this chain and brought {1} directly, {2} in all.").format(
                root.name, root.brought, root.brought_in_all
            )
            if root.children
            else self.tr("No one was introduced through this contact yet.")
        )


class ThankYouDialog(QDialog):
    """Introduced contacts who were met but whose introducer has not been thanked."""

    open_contact = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossiers = ctx.services.dossiers
        self.runner = ctx.runner
        self.setWindowTitle(self.tr("Thank the introducers"))
        self.resize(560, 440)
        self.note = QLabel(
            self.tr(
                "After meeting someone you were introduced to, tell the introducer how "
                "it went and thank them."
            )
        )
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_contact.emit(int(item.data(ID_ROLE)))
        )
        self.done_button = QPushButton(self.tr("Mark thanked"))
        self.done_button.setEnabled(False)  # until the tasks are read
        self.done_button.clicked.connect(self.mark_done)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.refresh()
        ctx.changes.changed.connect(self._on_change)

    def _on_change(self, event: Change) -> None:
        if isinstance(event, DossierChanged):
            self.refresh()

    def refresh(self) -> None:
        self.runner.submit(self.dossiers.open_thank_yous, self._show)

    def _show(self, tasks: list[ThankYou]) -> None:
        self.list.clear()
        for t in tasks:
            item = QListWidgetItem(
                self.tr("Thank {0} for introducing {1} ({2})").format(
                    t.introducer, t.name, label(t.status)
                )
            )
            item.setData(ID_ROLE, t.contact_id)
            self.list.addItem(item)
        if not tasks:
            self.list.addItem(self.tr("Nothing to do: every introducer has been thanked."))
        self.done_button.setEnabled(bool(tasks))

    def mark_done(self) -> None:
        ids = [int(i.data(ID_ROLE)) for i in self.list.selectedItems() if i.data(ID_ROLE)]
        if not ids:
            return
        dossiers, today = self.dossiers, dt.date.today()
        self.runner.submit(lambda: dossiers.mark_thanked(ids, today))


class WaysInDialog(QDialog):
    """Who can introduce the RM to a contact, closest first."""

    open_contact = Signal(int)

    def __init__(
        self,
        ctx: Context,
        contact_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who can introduce me to {0}?").format(name))
        self.resize(560, 460)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_contact.emit(int(item.data(ID_ROLE)))
        )
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        dossiers = ctx.services.dossiers
        ctx.runner.submit(
            lambda: dossiers.ways_in(contact_id),
            self._show,
            lambda error: self.summary.setText(error_text(error)),
        )

    def reason(self, code: str, detail: str) -> str:
        texts = {
            "introduced_them": self.tr("introduced them"),
            "knows_them": self.tr("knows them"),
            "same_company": self.tr("works at the same company"),
            "same_tie_detail": self.tr("shares a tie"),
            "same_tie": self.tr("same kind of tie"),
        }
        text = texts.get(code, code)
        return f"{text} ({detail})" if detail else text

    def _show(self, ways: list[Way]) -> None:
        self.list.clear()
        self.summary.setText(
            self.tr("%n way(s) in, closest first.", "", len(ways))
            if ways
            else self.tr("No one in the book shares a tie, a company or a friend with them yet.")
        )
        for w in ways:
            why = "；".join(self.reason(code, detail) for code, detail in w.reasons[:3])
            item = QListWidgetItem(f"{w.name} — {why}")
            item.setData(ID_ROLE, w.contact_id)
            self.list.addItem(item)
