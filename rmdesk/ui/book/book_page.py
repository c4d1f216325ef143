"""The contact book screen: the tree of groups, the search, the table, the detail pane,
and what is done to the contacts shown (new, edit, trash and undo, who is near)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.contact import Birthday, BookFilter, Contact, TieCounts
from rmdesk.domain.errors import ContactNotFound, InvalidActivity, SearchTooLong
from rmdesk.domain.kinds import Gender
from rmdesk.labels import label, problem_text
from rmdesk.services.events import (
    ActivityChanged,
    Change,
    ContactsChanged,
    DossierChanged,
    VisitsChanged,
)
from rmdesk.ui.book.book_tree import BookTree
from rmdesk.ui.book.contact_detail import ContactDetail
from rmdesk.ui.book.contact_table import ContactTableModel, contact_table
from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.domain.activity import CallLog, ContactActivity, VisitLog, Withdrawn
    from rmdesk.domain.dossier import Dossier
    from rmdesk.ui.book.contact_editor import ContactEditor
    from rmdesk.ui.book.nearby_dialog import NearbyDialog

DETAIL_DELAY_MS = 120  # the selection must rest this long before the detail is read


def selected_ids(view: QTableView) -> list[int]:
    """The contact ids of the rows selected in a book table, top to bottom."""
    model = view.model()
    assert isinstance(model, ContactTableModel)
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [cid for cid in (model.contact_id(r) for r in rows) if cid is not None]


class BookPage(QWidget):
    """`selection_changed()` when the chosen contacts change; `counted(TieCounts)` after
    the groups are counted; `rows_shown(text)` says how many rows the table shows;
    `message(text, ms)` is for the status bar; `plan_visits(ids, day, kinds)` asks the
    day page to plan them; `failed(error)` for errors to show."""

    selection_changed = Signal()
    counted = Signal(object)
    rows_shown = Signal(str)
    message = Signal(str, int)
    plan_visits = Signal(list, object, object)
    failed = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contacts = ctx.services.contacts
        self.runner = ctx.runner
        self.area_filter: tuple[int, ...] | None = None
        self.counts: TieCounts | None = None
        self.editor: ContactEditor | None = None
        self.nearby: NearbyDialog | None = None
        self._last_trashed: list[int] = []
        self._detail_request = 0
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_detail)
        self.model = ContactTableModel(self.contacts, self.runner, self)
        self._build()
        self.model.first_screen.connect(self._on_rows_shown)
        self.model.loaded.connect(self._on_rows_shown)
        ctx.changes.changed.connect(self._on_change)

    def _build(self) -> None:
        self.tree = BookTree()
        self.tree.group_chosen.connect(lambda _f: self._clear_area())
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zhangsan, zs), company, phone, hobbies, notes  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SearchTooLong.limit)  # longer finds nothing anyway
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        clear_search = QAction(self.search)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search.clear)
        self.search.addAction(clear_search)
        self.table = contact_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.table.activated.connect(lambda _i: self.edit_contact())
        self.detail = ContactDetail()
        self.detail.open_contact.connect(self.open_contact)
        self.detail.resolve_objection.connect(self._resolve_objection)
        self.detail.finish_follow_up.connect(self._finish_follow_up)
        self.detail.edit_visit_notes.connect(self._edit_visit_notes)
        self.detail.edit_call_note.connect(self._edit_call_note)
        self.detail.withdraw_visit.connect(self._withdraw_visit)
        self.detail.withdraw_call.connect(self._withdraw_call)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QWidget()
        scope_line = QHBoxLayout(self.scope)
        scope_line.setContentsMargins(4, 0, 4, 0)
        self.scope_text = QLabel()
        self.scope_text.setStyleSheet("color: #7a4b00")
        whole = QPushButton(self.tr("Search the whole book"))
        whole.setFlat(True)
        whole.setStyleSheet("text-decoration: underline; color: palette(link)")
        whole.clicked.connect(self.search_whole_book)
        scope_line.addWidget(self.scope_text)
        scope_line.addWidget(whole)
        scope_line.addStretch(1)
        self.scope.hide()
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.scope)
        middle_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail)
        for index, stretch in enumerate((0, 1, 0)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setCollapsible(1, False)
        self.tree.setMinimumWidth(160)
        self.detail.setMinimumWidth(240)
        middle.setMinimumWidth(360)
        self.splitter.setSizes([220, 700, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- what is shown ------------------------------------------------------------------

    def apply_filter(self) -> None:
        base = self.tree.current_filter()
        shown = self.model.book_filter
        chosen = BookFilter(
            tie=base.tie,
            no_tie=base.no_tie,
            district=base.district,
            key_gaps=base.key_gaps,
            search=self.search.text(),
            area=self.area_filter,
            sort=shown.sort,  # a column the user sorted by stays sorted
            descending=shown.descending,
        )
        self.model.set_filter(chosen)
        self._show_scope(chosen)

    def _show_scope(self, chosen: BookFilter) -> None:
        """A search within a group finds only that group: say so, with a way out."""
        group = ""
        if chosen.area is not None:
            group = self.tr("the map selection")
        elif chosen.tie is not None:
            group = label(chosen.tie)
        elif chosen.district:
            group = chosen.district
        elif chosen.no_tie:
            group = self.tr("No tie yet")
        elif chosen.key_gaps:
            group = self.tr("key clients")
        searching = bool(chosen.search.strip())
        self.scope.setVisible(searching and bool(group))
        if searching and group:
            self.scope_text.setText(
                self.tr("Searching “{0}” in {1} only.").format(chosen.search.strip(), group)
            )

    def search_whole_book(self) -> None:
        self.area_filter = None
        self.tree.select_group(BookFilter())
        self.apply_filter()

    def _clear_area(self) -> None:
        self.area_filter = None
        self.apply_filter()

    def show_area(self, ids: list[int]) -> None:
        """Filter the book to the contacts inside a shape drawn on the map."""
        self.area_filter = tuple(ids)
        self.apply_filter()
        self.message.emit(
            self.tr("Showing the map selection; choose a group in the tree to show all."), 8000
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh_counts(self) -> None:
        self.runner.submit(self.contacts.tie_counts, self._show_counts)

    def _show_counts(self, counts: TieCounts) -> None:
        self.counts = counts
        self.tree.show_counts(counts)
        self.counted.emit(counts)

    def _on_change(self, event: Change) -> None:
        """The book changed (here, in another window, on the phone): show it as it is."""
        if isinstance(event, ContactsChanged | VisitsChanged):
            chosen = self.selected_ids()
            self.model.refresh()  # last and next visit are columns too
            if len(chosen) == 1:
                self.select_when_loaded(chosen[0])  # the same client stays chosen
            if isinstance(event, ContactsChanged):
                self.refresh_counts()
        if isinstance(event, ContactsChanged | DossierChanged | ActivityChanged):
            shown = self.detail.contact
            touched = (event.contact_id,) if isinstance(event, DossierChanged) else event.ids
            if shown is not None and (not touched or shown.id in touched):
                self._detail_request += 1
                self._detail_timer.start()

    def _on_rows_shown(self, *_args: object) -> None:
        n = self.model.rowCount()
        if self.model.complete:
            self.rows_shown.emit(self.tr("%n contact(s)", "", n))
        else:
            self.rows_shown.emit(self.tr("%n+ contacts", "", n))
        if n and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        elif not n:
            self.detail.show_message(self._empty_text())
        self.selection_changed.emit()

    def _empty_text(self) -> str:
        """What to say when the table is empty, so that the user knows why."""
        shown = self.model.book_filter
        if shown.search.strip():
            return self.tr("No contact matches “{0}”.").format(shown.search.strip())
        if (
            shown.tie is not None
            or shown.no_tie
            or shown.district
            or shown.area is not None
            or shown.key_gaps
        ):
            return self.tr("No contact in this group.")
        return self.tr("Your book is empty. Add your first contact with New contact (Ctrl+N).")

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def one_selected(self) -> tuple[int, str] | None:
        """The one selected contact's id and name (as shown in the detail pane)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        shown = self.detail.contact
        return ids[0], (shown.name if shown is not None and shown.id == ids[0] else "")

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.selected_ids()
        self.selection_changed.emit()
        if len(ids) != 1:
            if not ids:
                self.detail.show_contact(None)
            return
        self._detail_request += 1
        # The detail is read once the selection rests: while the user types a search,
        # each keystroke selects a first row, and the database thread must stay free
        # for the next listing.
        self._detail_timer.start()

    def _load_detail(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        request = self._detail_request
        contact_id = ids[0]
        dossiers, activity = self.ctx.services.dossiers, self.ctx.services.activity
        self.runner.submit(
            lambda: (*dossiers.detail(contact_id), activity.activity_of(contact_id)),
            lambda found: self._show_detail(request, found),
            self._detail_failed,
        )

    def _show_detail(self, request: int, found: tuple[Contact, Dossier, ContactActivity]) -> None:
        if request == self._detail_request:
            self.detail.show_contact(*found)

    def _resolve_objection(self, objection_id: int) -> None:
        activity = self.ctx.services.activity
        self.runner.submit(
            lambda: activity.resolve_objection(objection_id),
            lambda _none: self.message.emit(self.tr("Objection marked resolved."), 5000),
            self._detail_failed,
        )

    def _edit_visit_notes(self, log: VisitLog) -> None:
        """Correct the notes of a logged visit (the rest of the log stands as logged)."""
        if log.id is None:
            return
        activity, visit_id = self.ctx.services.activity, log.id
        self._correct_notes(
            self.tr("Notes of the visit"),
            self.tr("What the visit of {0} left to remember:").format(f"{log.day:%Y-%m-%d}"),
            log.notes,
            lambda notes: activity.correct_visit_notes(visit_id, notes),
            self.tr("The visit's notes are corrected."),
        )

    def _edit_call_note(self, call: CallLog) -> None:
        """Correct the note of a logged call (its outcome stands as logged)."""
        if call.id is None:
            return
        activity, call_id = self.ctx.services.activity, call.id
        self._correct_notes(
            self.tr("Note of the call"),
            self.tr("What the call of {0} left to remember:").format(f"{call.at:%Y-%m-%d %H:%M}"),
            call.note,
            lambda note: activity.correct_call_note(call_id, note),
            self.tr("The call's note is corrected."),
        )

    def _correct_notes(
        self, title: str, prompt: str, notes: str, save: Callable[[str], None], saved: str
    ) -> None:
        """Ask for the corrected text; save it on the worker if it changed."""
        text, ok = QInputDialog.getMultiLineText(self, title, prompt, notes)
        if not ok or text.strip() == notes:
            return
        self.runner.submit(
            lambda: save(text),
            lambda _none: self.message.emit(saved, 5000),
            self._notes_refused,
        )

    def _notes_refused(self, error: BaseException) -> None:
        """A correction refused (too long, a control character): said here, since no
        form is left open to mark the field in."""
        if isinstance(error, InvalidActivity):
            problems = "\n".join(problem_text(code) for code in error.errors.values())
            QMessageBox.warning(self, self.tr("Notes not saved"), problems)
        else:
            self._detail_failed(error)

    def _withdraw_visit(self, log: VisitLog) -> None:
        """Take back a visit logged by mistake, once the RM confirms what goes with it."""
        if log.id is None or not self._sure_to_withdraw(
            self.tr("Withdraw the visit of {0}?").format(f"{log.day:%Y-%m-%d}"),
            self.tr(
                "For a visit logged by mistake: for the wrong client, or one that did not "
                "take place. Its objections, gifts and next step go with it; the planned "
                "visit it closed is booked again, and the client goes back to the stage "
                "before it (unless moved since)."
            ),
        ):
            return
        activity, visit_id = self.ctx.services.activity, log.id

        def said(done: Withdrawn) -> None:
            parts = [self.tr("The visit of {0} is withdrawn.").format(f"{log.day:%Y-%m-%d}")]
            if done.plan_day is not None:
                parts.append(
                    self.tr("The visit planned for {0} is booked again.").format(
                        f"{done.plan_day:%Y-%m-%d}"
                    )
                )
            if done.stage_back:
                parts.append(self.tr("The client is back at the stage before it."))
            self.message.emit(" ".join(parts), 8000)

        self.runner.submit(lambda: activity.withdraw_visit(visit_id), said, self._detail_failed)

    def _withdraw_call(self, call: CallLog) -> None:
        when = f"{call.at:%Y-%m-%d %H:%M}"
        if call.id is None or not self._sure_to_withdraw(
            self.tr("Withdraw the call of {0}?").format(when),
            self.tr("For a call logged by mistake. Its call-back goes with it."),
        ):
            return
        activity, call_id = self.ctx.services.activity, call.id
        self.runner.submit(
            lambda: activity.withdraw_call(call_id),
            lambda _none: self.message.emit(
                self.tr("The call of {0} is withdrawn.").format(when), 5000
            ),
            self._detail_failed,
        )

    def _sure_to_withdraw(self, question: str, what_goes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw"), question, parent=self)
        box.setInformativeText(what_goes)
        withdraw = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is withdraw

    def _finish_follow_up(self, follow_up_id: int) -> None:
        activity = self.ctx.services.activity
        self.runner.submit(
            lambda: activity.finish_follow_up(follow_up_id),
            lambda _none: self.message.emit(self.tr("Follow-up marked done."), 5000),
            self._detail_failed,
        )

    def _detail_failed(self, error: BaseException) -> None:
        if isinstance(error, ContactNotFound):
            self.detail.show_contact(None)
        else:
            self.failed.emit(error)

    def open_contact(self, contact_id: int) -> None:
        """Show a contact: clear filters if needed, select its row."""
        row = self.model.row_of(contact_id)
        if row is None:
            self.search.clear()
            self.tree.select_group(BookFilter())
            self.select_when_loaded(contact_id)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def select_when_loaded(self, contact_id: int) -> None:
        """Select a contact once the table has (re)loaded."""

        def select(_n: int) -> None:
            self.model.loaded.disconnect(select)
            row = self.model.row_of(contact_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

        self.model.loaded.connect(select)

    # -- what is done to contacts -------------------------------------------------------

    def new_contact(self) -> ContactEditor:
        return self.open_editor(None)

    def edit_contact(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        contact_id = ids[0]
        self.runner.submit(lambda: self.contacts.get(contact_id), self._edit)

    def _edit(self, contact: Contact) -> None:
        self.open_editor(contact)

    def open_editor(self, contact: Contact | None) -> ContactEditor:
        # Dialogs are imported when first opened: start-up only pays for what it shows.
        from rmdesk.ui.book.contact_editor import ContactEditor

        editor = ContactEditor(self.ctx, contact, self)
        editor.saved.connect(self._on_saved)
        editor.setModal(True)
        editor.show()
        self.editor = editor
        return editor

    def _on_saved(self, contact_id: int) -> None:
        self.message.emit(self.tr("Saved."), 4000)
        self.select_when_loaded(contact_id)

    def show_nearby(self) -> NearbyDialog | None:
        """Who is near the selected contact, to batch visits by area."""
        from rmdesk.ui.book.nearby_dialog import NearbyDialog

        chosen = self.one_selected()
        if chosen is None:
            return None
        dialog = NearbyDialog(self.ctx, chosen[0], chosen[1], self)
        dialog.open_contact.connect(self.open_contact)
        dialog.plan_visits.connect(self.plan_visits.emit)
        dialog.show()
        self.nearby = dialog
        return dialog

    def set_identity(self, contact_id: int, birthday: Birthday, gender: Gender | None) -> None:
        """The birth date and sex an ID number holds become the contact's."""
        contacts = self.contacts
        self.runner.submit(
            lambda: contacts.set_identity(contact_id, birthday, gender), None, self.failed.emit
        )

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(count: int) -> None:
            self._last_trashed = ids
            self.message.emit(
                self.tr("Moved %n contact(s) to the trash. Undo with Ctrl+Z.", "", count), 8000
            )
            self.table.clearSelection()
            self.selection_changed.emit()

        self.runner.submit(lambda: self.contacts.move_to_trash(ids), done)

    @property
    def can_undo(self) -> bool:
        return bool(self._last_trashed)

    def undo_delete(self) -> None:
        ids = self._last_trashed
        if not ids:
            return
        self._last_trashed = []
        self.selection_changed.emit()

        def done(count: int) -> None:
            self.message.emit(self.tr("Restored %n contact(s).", "", count), 4000)
            self.select_when_loaded(ids[0])

        self.runner.submit(lambda: self.contacts.restore(ids), done)

    def forget_undo(self) -> None:
        """The trash was emptied: nothing left to undo."""
        self._last_trashed = []
        self.selection_changed.emit()
