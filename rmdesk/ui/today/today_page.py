"""Today, the screen rmdesk opens on: the day's appointments, calls to make, follow-ups
due or overdue, maturities, thank-you tasks, overdue key clients, and the birthdays and
festivals of the coming days, grouped. Each item acts with one key: Enter opens the
client, Space marks it done, S snoozes it to tomorrow, V plans a visit, L logs a visit,
C logs a call, G drafts a greeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.keeping import TodayItem
from rmdesk.services.events import (
    ActivityChanged,
    ContactsChanged,
    DossierChanged,
    KeepingChanged,
    VisitsChanged,
)
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import qdate, to_date

ITEM = Qt.ItemDataRole.UserRole  # a line's index into `items` (a Python object held by
# thousands of items crashed PySide6 6.12 with a refcount error on None)
MORE = Qt.ItemDataRole.UserRole + 1  # on a section's last line: the rest is not shown
OVERDUE = QColor("#c0392b")
SECTION_LINES = 50  # a longer section shows its first lines and "N more"


def _sections() -> list[tuple[str, tuple[str, ...]]]:
    translate = QCoreApplication.translate
    return [
        (translate("TodayPage", "Appointments"), ("appointment",)),
        (translate("TodayPage", "Calls to make"), ("call",)),
        (translate("TodayPage", "Follow-ups"), ("follow_up",)),
        (translate("TodayPage", "Complaints past their deadline"), ("complaint_overdue",)),
        (translate("TodayPage", "Key clients overdue for contact"), ("key_client_overdue",)),
        (translate("TodayPage", "Maturities and due dates"), ("maturity",)),
        (translate("TodayPage", "Report back and thank the introducer"), ("thank_introducer",)),
        (
            translate("TodayPage", "Birthdays, anniversaries and festivals"),
            ("birthday", "anniversary", "festival"),
        ),
    ]


class TodayPage(QWidget):
    """Today's items, read on the worker, refreshed when what they come from changes."""

    open_contact = Signal(int)
    plan_visit = Signal(int, str)  # contact id, name
    log_visit = Signal(int, int)  # contact id, planned visit id (0: none)
    log_call = Signal(int)  # contact id
    message = Signal(str, int)
    first_rows = Signal()  # the first of the day's items are on screen
    shown = Signal()  # the day's items are on screen, all of them
    rules_requested = Signal()  # "Rules and reminders…"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = ctx.runner
        self.items: list[TodayItem] = []
        self.complete = False  # all of the day's items are in `items` (else the first)
        self._day_shown: dt.date | None = None
        self._request = 0
        self._stale = False  # something changed while the page was hidden
        self._whole: set[str] = set()  # the sections the user asked to see in full

        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        earlier = QPushButton("◀")
        earlier.setToolTip(self.tr("The day before (Alt+Left)"))
        earlier.setShortcut(QKeySequence("Alt+Left"))
        earlier.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        later = QPushButton("▶")
        later.setToolTip(self.tr("The day after (Alt+Right)"))
        later.setShortcut(QKeySequence("Alt+Right"))
        later.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.back_to_today = QPushButton(self.tr("Back to today"))
        self.back_to_today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(earlier)
        top.addWidget(self.day)
        top.addWidget(later)
        top.addWidget(self.back_to_today)
        rules = QPushButton(self.tr("Rules and reminders…"))
        rules.clicked.connect(self.rules_requested)
        top.addWidget(rules)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Client"), self.tr("What"), self.tr("Good to know")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.open_chosen())
        self.tree.currentItemChanged.connect(lambda _a, _b: self._update_buttons())
        for column, width in enumerate((150, 110, 420)):
            self.tree.setColumnWidth(column, width)

        self.buttons: dict[str, QPushButton] = {}
        self._keys: dict[int, Callable[[], object]] = {}  # Qt.Key value → action
        row = QHBoxLayout()
        for name, text, key, slot in self._commands():
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text} ({shown})")
            button.clicked.connect(slot)
            self._keys[key.value] = slot
            self.buttons[name] = button
            row.addWidget(button)
        self._keys[Qt.Key.Key_Enter.value] = self.open_chosen
        row.addStretch(1)
        # The keys act on the list itself (a shortcut would lose them to its type-ahead).
        self.tree.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        ctx.changes.changed.connect(self._on_change)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            slot = self._keys.get(event.key()) if plain else None
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def _commands(self) -> list[tuple[str, str, Qt.Key, Callable[[], object]]]:
        key = Qt.Key
        return [
            ("open", self.tr("Open"), key.Key_Return, self.open_chosen),
            ("done", self.tr("Done"), key.Key_Space, self.mark_done),
            ("snooze", self.tr("Tomorrow"), key.Key_S, self.snooze),
            ("plan", self.tr("Plan a visit"), key.Key_V, self.plan_chosen),
            ("log", self.tr("Log a visit"), key.Key_L, self.log_chosen),
            ("call", self.tr("Log a call"), key.Key_C, self.call_chosen),
            ("greet", self.tr("Greeting"), key.Key_G, self.greet_chosen),
        ]

    # -- reading ---------------------------------------------------------------------

    def chosen_day(self) -> dt.date:
        return to_date(self.day.date())

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request, day, keeping = self._request, self.chosen_day(), self.ctx.services.keeping
        if day != self._day_shown:
            # A day not on screen yet (the first screen, or another day chosen): its
            # appointments, calls and follow-ups first, read in a few small queries
            # whatever the book's size; the whole day after them on the same worker.
            self.runner.submit(
                lambda: keeping.today_first(day, day),
                lambda items: self._show(request, items, complete=False),
            )
        self.runner.submit(
            lambda: keeping.today(day, day, ahead=True),
            lambda items: self._show(request, items),
        )

    def _on_change(self, event: object) -> None:
        watched = (KeepingChanged, ActivityChanged, VisitsChanged, ContactsChanged, DossierChanged)
        if isinstance(event, watched):
            # Hidden, it reads again when shown: a book edit must not cost Today's queries.
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, request: int, items: list[TodayItem], complete: bool = True) -> None:
        if request != self._request:
            return
        day = self.chosen_day()
        chosen = self.chosen()  # of the items shown until now
        self.items, self.complete, self._day_shown = items, complete, day
        self.title.setText(
            self.tr("Today") if day == dt.date.today() else self.tr("The day {0}").format(day)
        )
        self.back_to_today.setEnabled(day != dt.date.today())
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        for heading, kinds in _sections():
            found = [(n, i) for n, i in enumerate(items) if i.kind in kinds]
            if not found:
                continue
            open_count = sum(not i.done for _n, i in found)
            section = QTreeWidgetItem([f"{heading} ({open_count})"])
            bold = QFont(section.font(0))
            bold.setBold(True)
            section.setFont(0, bold)
            self.tree.addTopLevelItem(section)
            section.setFirstColumnSpanned(True)
            shown = found if heading in self._whole else found[:SECTION_LINES]
            for n, item in shown:
                line = QTreeWidgetItem([self._when(item, day), item.client, item.title, item.hint])
                line.setData(0, ITEM, n)
                line.setToolTip(2, item.title)
                line.setToolTip(3, item.hint)
                if item.done:
                    struck = QFont(line.font(2))
                    struck.setStrikeOut(True)
                    line.setFont(2, struck)
                    for column in range(4):
                        line.setForeground(column, QBrush(QColor("gray")))
                elif item.date < day:
                    line.setForeground(0, QBrush(OVERDUE))
                section.addChild(line)
                if chosen is not None and item.key == chosen.key:
                    restore = line
            if len(shown) < len(found):
                more = QTreeWidgetItem(
                    [self.tr("{0} more… (Enter shows them all)").format(len(found) - len(shown))]
                )
                more.setData(0, MORE, heading)
                section.addChild(more)
                more.setFirstColumnSpanned(True)
            section.setExpanded(True)
        if not complete:
            self.summary.setText(self.tr("Reading the rest of the day…"))
        elif items:
            due = [i for i in items if not i.done and i.date <= day]
            overdue = [i for i in due if i.date < day]
            self.summary.setText(self.tr("{0} to do, {1} overdue").format(len(due), len(overdue)))
        else:
            self.summary.setText(self.tr("Nothing due: a good day to call on a key client."))
        if restore is not None:
            self.tree.setCurrentItem(restore)
        elif self._lines():
            self.tree.setCurrentItem(self._lines()[0])
        self._update_buttons()
        if complete or self._lines():
            self.first_rows.emit()
        if complete:
            self.shown.emit()

    def _when(self, item: TodayItem, day: dt.date) -> str:
        if item.date < day and not item.done:
            return self.tr("overdue {0:%m-%d}").format(item.date)
        if item.date == day:
            return item.at or self.tr("today")
        if item.date == day + dt.timedelta(1):
            return self.tr("tomorrow {0}").format(item.at).strip()
        return f"{item.date:%m-%d} {item.at}".strip()

    # -- acting ------------------------------------------------------------------------

    def chosen(self) -> TodayItem | None:
        current = self.tree.currentItem()
        if current is None:
            return None
        return self.item_of(current)

    def item_of(self, line: QTreeWidgetItem) -> TodayItem | None:
        """The item a line shows (None for a section heading)."""
        index = line.data(0, ITEM)
        return self.items[index] if isinstance(index, int) else None

    def _lines(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for n in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(n)
            if section is not None:
                lines = (section.child(m) for m in range(section.childCount()))
                out += [line for line in lines if line is not None and line.data(0, MORE) is None]
        return out

    def choose(self, key: str) -> bool:
        """Make the item with this key the current one (for tests and the tray)."""
        for line in self._lines():
            found = self.item_of(line)
            if found is not None and found.key == key:
                self.tree.setCurrentItem(line)
                return True
        return False

    def _update_buttons(self) -> None:
        item = self.chosen()
        client = item is not None and item.contact_id is not None
        greetable = item is not None and item.kind in ("birthday", "anniversary", "festival")
        enabled = {
            "open": client,
            "done": item is not None,
            "snooze": item is not None and not item.done,
            "plan": client,
            "log": client,
            "call": client,
            "greet": greetable,
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])

    def open_chosen(self) -> None:
        current = self.tree.currentItem()
        heading = current.data(0, MORE) if current is not None else None
        if heading is not None:  # "N more": the whole section
            self._whole.add(heading)
            self._show(self._request, self.items, self.complete)
            return
        item = self.chosen()
        if item is not None and item.contact_id is not None:
            self.open_contact.emit(item.contact_id)

    def plan_chosen(self) -> None:
        item = self.chosen()
        if item is not None and item.contact_id is not None:
            self.plan_visit.emit(item.contact_id, item.client)

    def log_chosen(self) -> None:
        item = self.chosen()
        if item is not None and item.contact_id is not None:
            plan = item.ref if item.kind == "appointment" and item.ref is not None else 0
            self.log_visit.emit(item.contact_id, plan)

    def call_chosen(self) -> None:
        item = self.chosen()
        if item is not None and item.contact_id is not None:
            self.log_call.emit(item.contact_id)

    def mark_done(self) -> None:
        """Done (or, on a done item, not done after all)."""
        item = self.chosen()
        if item is None:
            return
        keeping, done = self.ctx.services.keeping, not item.done
        said = self.tr("Marked done.") if done else self.tr("Marked not done.")
        self.runner.submit(
            lambda: keeping.mark_done(item, done), lambda _none: self.message.emit(said, 4000)
        )

    def snooze(self, until: dt.date | None = None) -> None:
        """Put the item off until tomorrow (or `until`)."""
        item = self.chosen()
        if item is None or item.done:
            return
        day = until or self.chosen_day() + dt.timedelta(1)
        keeping = self.ctx.services.keeping
        said = self.tr("Put off until {0}.").format(day)
        self.runner.submit(
            lambda: keeping.snooze(item, day), lambda _none: self.message.emit(said, 4000)
        )

    def greet_chosen(self) -> QDialog | None:
        """A greeting draft to copy: rmdesk sends nothing itself."""
        from rmdesk.keeping.today import greeting

        item = self.chosen()
        if item is None or item.kind not in ("birthday", "anniversary", "festival"):
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Greeting — {0}").format(item.client or item.who))
        dialog.resize(520, 300)
        layout = QVBoxLayout(dialog)
        if item.hint:
            hint = QLabel(self.tr("Good to know: {0}").format(item.hint))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        edit = QPlainTextEdit(greeting(item))
        layout.addWidget(edit, 1)
        note = QLabel(self.tr("Add a line of your own, then copy it into your phone or WeChat."))
        note.setWordWrap(True)
        layout.addWidget(note)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(edit.toPlainText()))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.greeting_dialog = dialog
        dialog.open()
        return dialog

    def set_day(self, day: dt.date) -> None:
        self.day.setDate(qdate(day))
