"""The main window: navigation, the book tree, the contact table, the detail pane, the trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk import __version__
from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import BookFilter, Contact, TieCounts
from rmdesk.domain.errors import ContactNotFound, RmdeskError, SearchTooLong
from rmdesk.store.database import Store
from rmdesk.ui.book_tree import BookTree
from rmdesk.ui.contact_detail import ContactDetail
from rmdesk.ui.contact_table import ContactTableModel, contact_table
from rmdesk.ui.feed_control import FeedControl
from rmdesk.ui.labels import error_text, label
from rmdesk.ui.preferences import Preferences
from rmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from rmdesk.domain.dossier import Dossier
    from rmdesk.ui.branch_dialog import BranchDialog
    from rmdesk.ui.contact_editor import ContactEditor
    from rmdesk.ui.dossier_editor import DossierEditor
    from rmdesk.ui.nearby_dialog import NearbyDialog
    from rmdesk.ui.plan_page import PlanPage

CONTACTS, TRASH, MAP = range(3)
DETAIL_DELAY_MS = 120  # the selection must rest this long before the detail is read


class MainWindow(QMainWindow):
    """One open book. Every database call goes through the runner; widgets hold no session."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        prefs: Preferences,
        on_language_chosen: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.book = ContactBook(store)
        self.runner = runner
        self.prefs = prefs
        self._on_language_chosen = on_language_chosen
        self._last_trashed: list[int] = []
        self._detail_request = 0
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_detail)
        self.setWindowTitle(self.tr("rmdesk — contact book"))
        self.resize(1280, 700)  # within a 1366x768 laptop screen

        self.model = ContactTableModel(self.book, runner, self)
        self.trash_model = ContactTableModel(self.book, runner, self)
        self._build_actions()
        self._build_ui()
        self._build_menus()
        self.runner.busy.connect(self._show_busy)
        self.runner.failed.connect(self.show_error)
        self.model.first_screen.connect(self._on_rows_shown)
        self.model.loaded.connect(self._on_rows_shown)
        self.trash_model.loaded.connect(lambda _n: self._update_actions())
        geometry = prefs.layout("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        columns = prefs.layout("book_columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
        splitter_state = prefs.layout("book_splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.model.set_filter(BookFilter())
        self.trash_model.set_filter(BookFilter(trash=True))
        self.refresh_counts()
        self.network = TaskRunner(self, name="rmdesk-net")
        self.feed = FeedControl(store, runner, self.network, self)
        self.feed.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.feed.start_saved()

    # -- construction ------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New contact"), QKeySequence.StandardKey.New, self.new_contact
        )
        self.edit_action = self._action(self.tr("&Edit contact"), "Ctrl+E", self.edit_contact)
        self.delete_action = self._action(
            self.tr("Move to &trash"), QKeySequence.StandardKey.Delete, self.trash_selected
        )
        self.undo_action = self._action(
            self.tr("&Undo delete"), QKeySequence.StandardKey.Undo, self.undo_delete
        )
        self.nearby_action = self._action(
            self.tr("Who is &near…"), "Ctrl+Shift+N", self.show_nearby
        )
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.restore_action = self._action(self.tr("&Restore"), None, self.restore_selected)
        self.empty_trash_action = self._action(self.tr("Empty the trash…"), None, self.empty_trash)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action(self.tr("&About rmdesk"), None, self.about)
        self.contacts_area_action = self._action(
            self.tr("Contacts"), "Ctrl+1", lambda: self.nav.setCurrentRow(CONTACTS)
        )
        self.trash_area_action = self._action(
            self.tr("Trash"), "Ctrl+2", lambda: self.nav.setCurrentRow(TRASH)
        )
        self.map_area_action = self._action(
            self.tr("Map and day"), "Ctrl+3", lambda: self.nav.setCurrentRow(MAP)
        )
        self.dossier_action = self._action(self.tr("&Dossier…"), "Ctrl+D", self.edit_dossier)
        self.briefing_action = self._action(self.tr("&Briefing…"), "Ctrl+B", self.show_briefing)
        self.referrals_action = self._action(self.tr("&Referrals…"), None, self.show_referrals)
        self.ways_in_action = self._action(
            self.tr("Who can &introduce me…"), None, self.show_ways_in
        )
        self.thanks_action = self._action(
            self.tr("&Thank the introducers…"), None, self.show_thank_yous
        )
        self.companies_action = self._action(self.tr("&Companies…"), None, self.show_companies)
        self.calendar_action = self._action(
            self.tr("Phone &calendar…"), "Ctrl+Shift+C", self.show_calendar
        )
        self.branch_action = self._action(
            self.tr("&Branch and working day…"), None, self.edit_branch
        )
        self.add_to_day_action = self._action(
            self.tr("Add to a &day's visits…"), "Ctrl+Shift+D", self.add_selected_to_day
        )
        self.plan_visit_action = self._action(
            self.tr("Plan a &visit…"), "Ctrl+Shift+V", self.plan_visit
        )
        self.holidays_action = self._action(
            self.tr("Official &holidays…"), None, self.edit_holidays
        )
        self.place_action = self._action(
            self.tr("&Place on the map"), "Ctrl+Shift+P", self.place_on_map
        )
        self.undo_action.setEnabled(False)

    def _build_ui(self) -> None:
        self.nav = QListWidget()
        self.nav.setFixedWidth(110)
        self.nav.addItem(QListWidgetItem(self.tr("Contacts")))
        self.nav.addItem(QListWidgetItem(self.tr("Trash")))
        self.nav.addItem(QListWidgetItem(self.tr("Map and day")))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._contacts_page())
        self.stack.addWidget(self._trash_page())
        # The map page (and Qt WebEngine with it) is built when first shown.
        self.plan_page: PlanPage | None = None
        self.map_holder = QWidget()
        QVBoxLayout(self.map_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.map_holder)
        self.area_filter: tuple[int, ...] | None = None
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(CONTACTS)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.nearby_action,
            self.plan_visit_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        self.count_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.count_label)

    def _contacts_page(self) -> QWidget:
        self.tree = BookTree()
        self.tree.group_chosen.connect(lambda _f: self._clear_area())
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zhangsan, zs), company, phone, notes  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SearchTooLong.limit)  # longer finds nothing anyway
        self.search.textChanged.connect(lambda _t: self._apply_filter())
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
        return self.splitter

    def _trash_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Contacts in the trash can be restored until the trash is emptied."))
        self.trash_table = contact_table(self.trash_model)
        self.trash_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )
        bar = QWidget(page)
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        empty = QPushButton(self.tr("Empty the trash…"))
        empty.clicked.connect(self.empty_trash)
        self.restore_button, self.empty_button = restore, empty
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(empty)
        layout.addWidget(note)
        layout.addWidget(self.trash_table)
        layout.addWidget(bar)
        return page

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (self.edit_action, self.delete_action, self.undo_action, self.find_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.nearby_action)
        dossier_menu = self.menuBar().addMenu(self.tr("&Clients"))
        for action in (
            self.dossier_action,
            self.briefing_action,
            self.referrals_action,
            self.ways_in_action,
        ):
            dossier_menu.addAction(action)
        dossier_menu.addSeparator()
        dossier_menu.addAction(self.thanks_action)
        dossier_menu.addAction(self.companies_action)
        planning_menu = self.menuBar().addMenu(self.tr("&Planning"))
        planning_menu.addAction(self.plan_visit_action)
        planning_menu.addAction(self.add_to_day_action)
        planning_menu.addAction(self.place_action)
        planning_menu.addAction(self.map_area_action)
        planning_menu.addSeparator()
        planning_menu.addAction(self.calendar_action)
        planning_menu.addAction(self.branch_action)
        planning_menu.addAction(self.holidays_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.contacts_area_action)
        view_menu.addAction(self.trash_area_action)
        view_menu.addAction(self.map_area_action)
        trash_menu = menu.addMenu(self.tr("&Trash"))
        trash_menu.addAction(self.restore_action)
        trash_menu.addAction(self.empty_trash_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # -- reading -----------------------------------------------------------------------

    def _apply_filter(self) -> None:
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
        self._apply_filter()

    def _clear_area(self) -> None:
        self.area_filter = None
        self._apply_filter()

    def show_area_in_book(self, ids: list[int]) -> None:
        """Filter the book to the contacts inside a shape drawn on the map."""
        self.area_filter = tuple(ids)
        self.nav.setCurrentRow(CONTACTS)
        self._apply_filter()
        self.statusBar().showMessage(
            self.tr("Showing the map selection; choose a group in the tree to show all."), 8000
        )

    def refresh_counts(self) -> None:
        self.runner.submit(self.book.tie_counts, self._show_counts)

    def _show_counts(self, counts: TieCounts) -> None:
        self.counts = counts
        self.tree.show_counts(counts)
        trash = self.nav.item(TRASH)
        trash.setText(
            self.tr("Trash ({0})").format(counts.trash) if counts.trash else self.tr("Trash")
        )

    def _on_rows_shown(self, *_args: object) -> None:
        n = self.model.rowCount()
        if self.model.complete:
            self.count_label.setText(self.tr("%n contact(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n+ contacts", "", n))
        if n and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        elif not n:
            self.detail.show_message(self._empty_text())
        self._update_actions()

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

    def selected_ids(self, view: QTableView | None = None) -> list[int]:
        view = view or self.table
        model = view.model()
        assert isinstance(model, ContactTableModel)
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        return [cid for cid in (model.contact_id(r) for r in rows) if cid is not None]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.selected_ids()
        self._update_actions()
        if len(ids) == 1 and self.plan_page is not None:
            self.plan_page.map.centre_on(ids[0])
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
        self.runner.submit(
            lambda: self._read_detail(contact_id),
            lambda found: self._show_detail(request, found),
            self._detail_failed,
        )

    def _read_detail(self, contact_id: int) -> tuple[Contact, Dossier]:
        from rmdesk.dossier.records import DossierBook

        return self.book.get(contact_id), DossierBook(self.store).get(contact_id)

    def _show_detail(self, request: int, found: tuple[Contact, Dossier]) -> None:
        if request == self._detail_request:
            self.detail.show_contact(*found)

    def _detail_failed(self, error: BaseException) -> None:
        if isinstance(error, ContactNotFound):
            self.detail.show_contact(None)
        else:
            self.show_error(error)

    def _update_actions(self) -> None:
        in_book = self.nav.currentRow() == CONTACTS
        selected = len(self.selected_ids()) if in_book else 0
        self.edit_action.setEnabled(in_book and selected == 1)
        self.nearby_action.setEnabled(in_book and selected == 1)
        self.place_action.setEnabled(in_book and selected == 1)
        self.plan_visit_action.setEnabled(in_book and selected == 1)
        for action in (
            self.dossier_action,
            self.briefing_action,
            self.referrals_action,
            self.ways_in_action,
        ):
            action.setEnabled(in_book and selected == 1)
        self.add_to_day_action.setEnabled(in_book and selected > 0)
        self.delete_action.setEnabled(in_book and selected > 0)
        trash_selected = len(self.selected_ids(self.trash_table))
        self.restore_action.setEnabled(trash_selected > 0)
        self.restore_button.setEnabled(trash_selected > 0)
        has_trash = self.trash_model.rowCount() > 0
        self.empty_trash_action.setEnabled(has_trash)
        self.empty_button.setEnabled(has_trash)

    def _show_area(self, row: int) -> None:
        if row == MAP:
            self._ensure_plan_page()
        self.stack.setCurrentIndex(row)
        self._update_actions()

    def _ensure_plan_page(self) -> PlanPage:
        if self.plan_page is None:
            from rmdesk.mapping.page import Tiles
            from rmdesk.ui.plan_page import PlanPage

            self.plan_page = PlanPage(
                self.store,
                self.runner,
                Tiles(self.prefs.tiles),
                self.model.all_ids,
                self,
                self.network,
            )
            self.plan_page.open_contact.connect(self.open_contact)
            self.plan_page.show_area_in_book.connect(self.show_area_in_book)
            # A base map chosen on the map (its tiles did not load) is kept, as in Settings.
            self.plan_page.map.tiles_chosen.connect(self._keep_tiles)
            self.model.loaded.connect(lambda _n: self._markers_follow_book())
            layout = self.map_holder.layout()
            assert layout is not None
            layout.addWidget(self.plan_page)
        return self.plan_page

    def _keep_tiles(self, tiles: str) -> None:
        self.prefs.tiles = tiles

    def _markers_follow_book(self) -> None:
        if self.plan_page is not None and self.plan_page.map.loaded:
            self.plan_page.refresh_markers()

    def plan_visits_for(
        self, ids: list[int], day: object, kinds: object = None, district: str = ""
    ) -> None:
        """Add contacts to a day as flexible visits and show that day; each visit goes to
        the address given in `kinds`, else the one in `district`, else the first."""
        import datetime as dt

        assert isinstance(day, dt.date)
        self.nav.setCurrentRow(MAP)
        chosen = kinds if isinstance(kinds, dict) else None
        self._ensure_plan_page().add_to_day(ids, day, district, chosen)

    def add_selected_to_day(self) -> None:
        """The selected contacts become flexible visits of a day the user picks."""
        from rmdesk.ui.plan_page import ask_day

        ids = self.selected_ids()
        if not ids or self.nav.currentRow() != CONTACTS:
            return
        day = ask_day(
            self,
            self.tr("Add to a day's visits"),
            self.tr("%n contact(s) will be visited on this day (flexible times):", "", len(ids)),
        )
        if day is not None:
            # Picked from a district's list: each visit goes to the address there.
            self.plan_visits_for(ids, day, district=self.model.book_filter.district)

    def plan_visit(self) -> None:
        """Open a new visit plan for the selected contact."""
        import datetime as dt

        from rmdesk.domain.visit import VisitPlan, VisitTime

        ids = self.selected_ids()
        if len(ids) != 1 or self.nav.currentRow() != CONTACTS:
            return
        shown = self.detail.contact
        name = shown.name if shown is not None and shown.id == ids[0] else ""
        page = self._ensure_plan_page()
        day = page.chosen_day()
        if day < dt.date.today():
            day = dt.date.today() + dt.timedelta(days=1)
        plan = VisitPlan(
            contact_id=ids[0],
            time=VisitTime.flexible(day, dt.time(8, 30), dt.time(17, 30)),
        )
        page.open_editor(plan, name)

    # -- the dossier --------------------------------------------------------------------

    def _one_selected(self) -> tuple[int, str] | None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.nav.currentRow() != CONTACTS:
            return None
        shown = self.detail.contact
        return ids[0], (shown.name if shown is not None and shown.id == ids[0] else "")

    def edit_dossier(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        contact_id, name = chosen
        from rmdesk.dossier.records import DossierBook

        dossiers = DossierBook(self.store)

        def read() -> tuple[Any, ...]:
            dossier = dossiers.get(contact_id)
            linked = [p.linked_id for p in dossier.people if p.linked_id is not None]
            names = {cid: row.name for cid, row in self.book.rows(linked).items()}
            return dossier, dossiers.companies(), dossiers.roles_of(contact_id), names

        def show(found: tuple[Any, ...]) -> None:
            self.open_dossier(dossiers, name, *found)

        self.runner.submit(read, show)

    def open_dossier(self, dossiers: Any, name: str, *found: Any) -> DossierEditor:
        from rmdesk.ui.dossier_editor import DossierEditor

        editor = DossierEditor(
            dossiers, self.runner, found[0], name, found[1], found[2], found[3], self
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda cid, _p: self._changed(cid))
        editor.birthday_offered.connect(
            lambda b, sex, cid=found[0].contact_id: self._set_identity(cid, b, sex)
        )
        self.dossier_editor = editor
        editor.open()
        return editor

    def _set_identity(self, contact_id: int, birthday: Any, gender: Any) -> None:
        """The birth date and sex an ID number holds become the contact's."""
        import dataclasses

        def work() -> int:
            contact = self.book.get(contact_id)
            changed = dataclasses.replace(
                contact, birthday=birthday, gender=gender or contact.gender
            )
            return self.book.save(changed)

        self.runner.submit(work, lambda cid: self._changed(cid))

    def show_briefing(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        contact_id, name = chosen
        import datetime as dt

        from rmdesk.dossier.briefing import briefing_for
        from rmdesk.ui.briefing_view import BriefingView
        from rmdesk.ui.i18n import ui_language

        store = self.store
        view = BriefingView(
            self.runner,
            lambda sensitive: [briefing_for(store, contact_id, dt.date.today(), None, sensitive)],
            self.tr("Briefing — {0}").format(name),
            ui_language(),
            self,
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.briefing_view = view
        view.show()

    def show_referrals(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        from rmdesk.ui.referral_views import ReferralDialog

        dialog = ReferralDialog(self.store, self.runner, chosen[0], chosen[1], self)
        dialog.open_contact.connect(self.open_contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.referral_dialog = dialog
        dialog.show()

    def show_ways_in(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        from rmdesk.ui.referral_views import WaysInDialog

        dialog = WaysInDialog(self.store, self.runner, chosen[0], chosen[1], self)
        dialog.open_contact.connect(self.open_contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ways_dialog = dialog
        dialog.show()

    def show_thank_yous(self) -> None:
        from rmdesk.ui.referral_views import ThankYouDialog

        dialog = ThankYouDialog(self.store, self.runner, self)
        dialog.open_contact.connect(self.open_contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.thanks_dialog = dialog
        dialog.show()

    def show_companies(self) -> None:
        from rmdesk.dossier.records import DossierBook
        from rmdesk.ui.company_dialog import CompanyDialog

        dialog = CompanyDialog(DossierBook(self.store), self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.company_dialog = dialog
        dialog.show()

    # -- the phone calendar ---------------------------------------------------------------

    def show_calendar(self) -> None:
        from rmdesk.ui.calendar_dialog import CalendarDialog

        selected = self.selected_ids() if self.nav.currentRow() == CONTACTS else []
        dialog = CalendarDialog(self.store, self.runner, self.feed, self, selected, self.network)
        dialog.changed.connect(lambda: self._changed())
        dialog.changed.connect(
            lambda: self.plan_page.plans_changed() if self.plan_page is not None else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar_dialog = dialog
        dialog.show()

    def edit_holidays(self) -> None:
        """Enter the official schedule of the first year the holiday data lacks."""
        import datetime as dt

        from rmdesk.planning.holidays import HolidayDataMissing, day_kind
        from rmdesk.ui.holidays_dialog import open_holidays

        year = dt.date.today().year + 1
        for candidate in range(dt.date.today().year, dt.date.today().year + 3):
            try:
                day_kind(dt.date(candidate, 12, 31))
            except HolidayDataMissing:
                year = candidate
                break
        dialog = open_holidays(self.store, self.runner, year, self)
        if self.plan_page is not None:
            dialog.saved.connect(lambda _y: self.plan_page.plan() if self.plan_page else None)
        self.holidays_dialog = dialog

    def _pick_branch(self, dialog: BranchDialog) -> None:
        """The branch dialog steps aside while the branch is clicked on the map."""
        dialog.hide()
        self.nav.setCurrentRow(MAP)

        def picked(lat: float, lon: float) -> None:
            dialog.point.set_wgs84(lat, lon)
            dialog.show()

        self._ensure_plan_page().map.pick_point(picked, dialog.show)

    def edit_branch(self) -> None:
        from rmdesk.planning.visits import VisitBook
        from rmdesk.ui.branch_dialog import BranchDialog

        visits = VisitBook(self.store)

        def show(branch: object) -> None:
            from rmdesk.domain.visit import Branch

            assert isinstance(branch, Branch)
            dialog = BranchDialog(
                visits, self.runner, branch, self, self.network, self.prefs.geocoder_url
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.pick_requested.connect(lambda: self._pick_branch(dialog))
            self.branch_dialog = dialog
            dialog.open()

        self.runner.submit(visits.branch, show)

    def place_on_map(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.nav.setCurrentRow(MAP)
        self._ensure_plan_page().start_placing(ids[0])

    def focus_search(self) -> None:
        self.nav.setCurrentRow(CONTACTS)
        self.search.setFocus()
        self.search.selectAll()

    def open_contact(self, contact_id: int) -> None:
        """Show a contact in the book: clear filters if needed, select its row."""
        row = self.model.row_of(contact_id)
        if row is None:
            self.search.clear()
            self.tree.select_group(BookFilter())

            def select_when_loaded(_n: int) -> None:
                self.model.loaded.disconnect(select_when_loaded)
                found = self.model.row_of(contact_id)
                if found is not None:
                    self.table.selectRow(found)

            self.model.loaded.connect(select_when_loaded)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -- writing -----------------------------------------------------------------------

    def _changed(self, select_id: int | None = None) -> None:
        """Reload what shows the book after a write."""
        if select_id is not None:

            def select(_n: int) -> None:
                self.model.loaded.disconnect(select)
                row = self.model.row_of(select_id)
                if row is not None:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))

            self.model.loaded.connect(select)
        self.model.refresh()
        self.trash_model.refresh()
        self.refresh_counts()

    def new_contact(self) -> None:
        self.open_editor(None)

    def edit_contact(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.nav.currentRow() != CONTACTS:
            return
        contact_id = ids[0]
        self.runner.submit(lambda: self.book.get(contact_id), lambda c: self._edit(c))

    def _edit(self, contact: Contact) -> None:
        self.open_editor(contact)

    def show_nearby(self) -> NearbyDialog | None:
        """Who is near the selected contact, to batch visits by area."""
        from rmdesk.ui.nearby_dialog import NearbyDialog

        ids = self.selected_ids()
        if len(ids) != 1 or self.nav.currentRow() != CONTACTS:
            return None
        shown = self.detail.contact
        name = shown.name if shown is not None and shown.id == ids[0] else ""
        dialog = NearbyDialog(self.book, self.runner, ids[0], name, self)
        dialog.open_contact.connect(self.open_contact)
        dialog.plan_visits.connect(self.plan_visits_for)
        dialog.show()
        self.nearby = dialog
        return dialog

    def open_editor(self, contact: Contact | None) -> ContactEditor:
        # Dialogs are imported when first opened: start-up only pays for what it shows.
        from rmdesk.ui.contact_editor import ContactEditor

        editor = ContactEditor(
            self.book, self.runner, contact, self, self.network, self.prefs.geocoder_url
        )
        editor.saved.connect(self._on_saved)
        editor.setModal(True)
        editor.show()
        self.editor = editor
        return editor

    def _on_saved(self, contact_id: int) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        self._changed(select_id=contact_id)
        if self.selected_ids() == [contact_id]:
            self._on_selection(QItemSelection(), QItemSelection())

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.nav.currentRow() != CONTACTS:
            return

        def done(count: int) -> None:
            self._last_trashed = ids
            self.undo_action.setEnabled(True)
            self.statusBar().showMessage(
                self.tr("Moved %n contact(s) to the trash. Undo with Ctrl+Z.", "", count), 8000
            )
            self.table.clearSelection()
            self._changed()

        self.runner.submit(lambda: self.book.move_to_trash(ids), done)

    def undo_delete(self) -> None:
        ids = self._last_trashed
        if not ids:
            return
        self._last_trashed = []
        self.undo_action.setEnabled(False)

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("Restored %n contact(s).", "", count), 4000)
            self._changed(select_id=ids[0])

        self.runner.submit(lambda: self.book.restore(ids), done)

    def restore_selected(self) -> None:
        ids = self.selected_ids(self.trash_table)
        if not ids:
            return

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("Restored %n contact(s).", "", count), 4000)
            self._changed()

        self.runner.submit(lambda: self.book.restore(ids), done)

    def empty_trash(self) -> None:
        count = self.trash_model.rowCount()
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Delete %n contact(s) in the trash for good? This cannot be undone.", "", count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(deleted: int) -> None:
            self._last_trashed = []
            self.undo_action.setEnabled(False)
            self.statusBar().showMessage(
                self.tr("Deleted %n contact(s) for good.", "", deleted), 6000
            )
            self._changed()

        self.runner.submit(self.book.empty_trash, done)

    # -- other -------------------------------------------------------------------------

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        working = self.tr("Working…")
        if busy:
            self.statusBar().showMessage(working)
        elif self.statusBar().currentMessage() == working:
            self.statusBar().clearMessage()

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("rmdesk"), error_text(error))

    def open_settings(self) -> None:
        from rmdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.store.location, self)
        if not dialog.exec():
            return
        if dialog.geocoder_key.isModified():
            from rmdesk.planning.geocode import store_key

            try:
                store_key(dialog.geocoder_key.text().strip())
            except RmdeskError as error:
                self.show_error(error)
        if dialog.chosen_tiles() != self.prefs.tiles:
            self.prefs.tiles = dialog.chosen_tiles()
            if self.plan_page is not None:
                from rmdesk.mapping.page import Tiles

                self.plan_page.map.set_tiles(Tiles(self.prefs.tiles))
        if dialog.chosen_language() != self.prefs.language:
            self.prefs.language = dialog.chosen_language()
            if self._on_language_chosen is not None:
                self._on_language_chosen(dialog.chosen_language())

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About rmdesk"),
            self.tr("rmdesk {0}\nThe relationship manager's desk.\nBook: {1}").format(
                __version__, self.store.location
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.feed.stop()
        self.network.shutdown(wait=False)  # the feed stops on its own thread
        self.prefs.set_layout("main_window", self.saveGeometry())
        self.prefs.set_layout("book_splitter", self.splitter.saveState())
        self.prefs.set_layout("book_columns", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
