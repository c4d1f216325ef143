"""The pipeline board: the eight stages (关注 … 满意) as columns of client cards.

Dragging a card to another column changes the client's stage, which goes into their
stage history like any other change. Each column says how many clients are there and
for how long (median days); between columns, the share of clients who moved on.
Double-click a card to open the client in the book.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.activity import Card, Pipeline, PipelineFilter
from rmdesk.domain.kinds import Stage, TieKind
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.services.events import Change, ContactsChanged
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo

CARD_MIME = "application/x-rmdesk-contact"


class StageList(QListWidget):
    """One column: its cards carry the contact's id; a card dropped here from another
    column asks for the move (`dropped(contact_id, stage)`)."""

    dropped = Signal(int, object)

    def __init__(self, stage: Stage) -> None:
        super().__init__()
        self.stage = stage
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(2)

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            cid = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(CARD_MIME, QByteArray(cid.encode()))
        return data

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(CARD_MIME) or event.source() is self:
            event.ignore()
            return
        contact_id = int(bytes(data.data(CARD_MIME).data()).decode())
        event.setDropAction(Qt.DropAction.CopyAction)  # the board is redrawn from the book
        event.accept()
        self.dropped.emit(contact_id, self.stage)


class PipelineWindow(QWidget):
    open_contact = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.activity = ctx.services.activity
        self.runner = ctx.runner
        self.setWindowTitle(self.tr("Pipeline"))
        self.resize(1300, 700)
        self.board: Pipeline | None = None
        self.tie = KindCombo(TieKind, self.tr("All ties and bonds"))
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), "")
        self.key_only = QCheckBox(self.tr("Key clients only"))
        for changed in (self.tie.currentIndexChanged, self.district.currentIndexChanged):
            changed.connect(lambda _i: self.refresh())
        self.key_only.toggled.connect(lambda _on: self.refresh())
        self.status = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.tie)
        filters.addWidget(self.district)
        filters.addWidget(self.key_only)
        filters.addStretch(1)
        filters.addWidget(self.status)
        columns = QHBoxLayout()
        self.headers: dict[Stage, QLabel] = {}
        self.lists: dict[Stage, StageList] = {}
        self.arrows: list[QLabel] = []
        for n, stage in enumerate(Stage):
            if n:
                arrow = QLabel()
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                arrow.setStyleSheet("color: #666;")
                self.arrows.append(arrow)
                columns.addWidget(arrow)
            column = QVBoxLayout()
            header = QLabel()
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cards = StageList(stage)
            cards.dropped.connect(self.move_card)
            cards.itemDoubleClicked.connect(
                lambda item: self.open_contact.emit(int(item.data(Qt.ItemDataRole.UserRole)))
            )
            self.headers[stage], self.lists[stage] = header, cards
            column.addWidget(header)
            column.addWidget(cards, 1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(columns, 1)
        ctx.changes.changed.connect(self._on_change)
        contacts = ctx.services.contacts
        self.runner.submit(contacts.tie_counts, self._fill_districts)
        self.refresh()

    def _fill_districts(self, counts: object) -> None:
        for district, _n in getattr(counts, "by_district", ()):
            self.district.addItem(district, district)

    def chosen(self) -> PipelineFilter:
        return PipelineFilter(
            tie=self.tie.value(),
            district=str(self.district.currentData() or ""),
            key_only=self.key_only.isChecked(),
        )

    def refresh(self) -> None:
        chosen, activity = self.chosen(), self.activity
        self.runner.submit(lambda: (chosen, activity.pipeline(chosen)), self._show, self._failed)

    def _show(self, found: tuple[PipelineFilter, Pipeline]) -> None:
        chosen, board = found
        if chosen != self.chosen():
            return  # the filter changed meanwhile; its own answer follows
        self.board = board
        for column in board.columns:
            days = (
                self.tr("median {0} days").format(round(column.median_days))
                if column.median_days is not None
                else ""
            )
            self.headers[column.stage].setText(
                f"<b>{label(column.stage)}</b><br>{column.count}" + (f" · {days}" if days else "")
            )
            cards = self.lists[column.stage]
            cards.clear()
            for card in column.cards:
                cards.addItem(self._item(card))
            if column.count > len(column.cards):
                more = QListWidgetItem(
                    self.tr("… and {0} more").format(column.count - len(column.cards))
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                cards.addItem(more)
        for arrow, rate in zip(self.arrows, board.conversions, strict=True):
            arrow.setText("→" if rate is None else f"→\n{rate:.0%}")
            arrow.setToolTip(
                self.tr("Of the clients who reached the stage on the left, the share who went on")
            )
        self.status.setText("")

    def _item(self, card: Card) -> QListWidgetItem:
        days = ""
        if card.since is not None:
            days = self.tr("%n day(s)", "", (dt.datetime.now() - card.since).days)
        text = f"{'★ ' if card.key_client else ''}{card.name}"
        detail = " · ".join(x for x in (card.company, days) if x)
        item = QListWidgetItem(text + (f"\n{detail}" if detail else ""))
        item.setData(Qt.ItemDataRole.UserRole, card.contact_id)
        if card.key_client:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def move_card(self, contact_id: int, stage: object) -> None:
        assert isinstance(stage, Stage)
        activity = self.activity
        self.status.setText(self.tr("Moving…"))
        self.runner.submit(lambda: activity.set_stage(contact_id, stage), None, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _on_change(self, event: Change) -> None:
        # Every change of stage comes with ContactsChanged; calls and logs alone do not
        # move a card.
        if isinstance(event, ContactsChanged):
            self.refresh()
