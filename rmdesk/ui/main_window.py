"""The main window: a navigation shell around the screens (the book, the trash, the map
and day), its menus and shortcuts, and the status bar. The screens refresh themselves
from the services' change events; the shell only shows them and passes requests on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.contact import TieCounts
from rmdesk.error_texts import error_text
from rmdesk.services import Services
from rmdesk.ui.agenda.feed_control import FeedControl
from rmdesk.ui.book.book_page import BookPage
from rmdesk.ui.book.trash_page import TrashPage
from rmdesk.ui.common.changes import Changes
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.tasks import TaskRunner
from rmdesk.ui.main_menus import CONTACTS, MAP, TODAY, TRASH, Commands
from rmdesk.ui.today.today_page import TodayPage

if TYPE_CHECKING:
    from rmdesk.ui.book.nearby_dialog import NearbyDialog
    from rmdesk.ui.planning.branch_dialog import BranchDialog
    from rmdesk.ui.planning.plan_page import PlanPage


class MainWindow(QMainWindow):
    """One open book. Every database call goes through the runner; widgets hold no session."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        prefs: Preferences,
        on_language_chosen: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.runner = runner
        self.prefs = prefs
        self._on_language_chosen = on_language_chosen
        self.setWindowTitle(self.tr("rmdesk — contact book"))
        self.resize(1280, 700)  # within a 1366x768 laptop screen
        self.network = TaskRunner(self, name="rmdesk-net")
        self.changes = Changes(services.events, self)
        self.ctx = Context(services, self.changes, runner, self.network, prefs)
        self.commands = Commands(self)
        self._build_ui()
        self.commands.fill_menus()
        self.runner.busy.connect(self._show_busy)
        self.runner.failed.connect(self.show_error)
        geometry = prefs.layout("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        columns = prefs.layout("book_columns")
        if columns is not None:
            self.book_page.table.horizontalHeader().restoreState(columns)
        splitter_state = prefs.layout("book_splitter")
        if splitter_state is not None:
            self.book_page.splitter.restoreState(splitter_state)
        self.today_page.refresh()  # the first screen first: one worker, in order
        self.book_page.apply_filter()
        self.trash_page.load()
        self.book_page.refresh_counts()
        from rmdesk.ui.today.tray import TodayTray

        self.tray = TodayTray(self.today_page, parent=self)
        self.tray.activated.connect(self.show_today)
        self.commands.refresh_protection()
        from rmdesk.ui.lock import Lock

        self.lock = Lock(self, prefs.lock_minutes)
        self.lock.changed.connect(self.tray.set_locked)
        self.feed = FeedControl(self.ctx, self)
        self.feed.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.feed.start_saved()

    # -- construction ------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.count_label = QLabel()
        self.nav = QListWidget()
        self.nav.setFixedWidth(110)
        self.nav.addItem(QListWidgetItem(self.tr("Today")))
        self.nav.addItem(QListWidgetItem(self.tr("Contacts")))
        self.nav.addItem(QListWidgetItem(self.tr("Trash")))
        self.nav.addItem(QListWidgetItem(self.tr("Map and day")))
        self.book_page = BookPage(self.ctx)
        self.book_page.selection_changed.connect(self._update_actions)
        self.book_page.selection_changed.connect(self._centre_map)
        self.book_page.counted.connect(self._show_counts)
        self.book_page.rows_shown.connect(self.count_label.setText)
        self.book_page.message.connect(self.statusBar().showMessage)
        self.book_page.failed.connect(self.show_error)
        self.book_page.plan_visits.connect(self.plan_visits_for)
        self.trash_page = TrashPage(self.ctx)
        self.trash_page.selection_changed.connect(self._update_actions)
        self.trash_page.message.connect(self.statusBar().showMessage)
        self.trash_page.emptied.connect(self.book_page.forget_undo)
        self.today_page = TodayPage(self.ctx)
        self.today_page.open_contact.connect(self.open_contact)
        self.today_page.plan_visit.connect(self.plan_visit_with)
        self.today_page.log_visit.connect(self.log_visit_with)
        self.today_page.log_call.connect(lambda cid: self.show_window("calls", [cid]))
        self.today_page.message.connect(self.statusBar().showMessage)
        self.today_page.rules_requested.connect(self.show_rules)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.today_page)
        self.stack.addWidget(self.book_page)
        self.stack.addWidget(self.trash_page)
        # The map page (and Qt WebEngine with it) is built when first shown.
        self.plan_page: PlanPage | None = None
        self.map_holder = QWidget()
        QVBoxLayout(self.map_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.map_holder)
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(TODAY)

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
            self.commands.new_action,
            self.commands.edit_action,
            self.commands.delete_action,
            self.commands.nearby_action,
            self.commands.plan_visit_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.protection_label = QLabel()  # "Not encrypted", set by refresh_protection
        self.statusBar().addPermanentWidget(self.protection_label)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- the screens -------------------------------------------------------------------

    def _show_counts(self, counts: TieCounts) -> None:
        text = self.tr("Trash ({0})").format(counts.trash) if counts.trash else self.tr("Trash")
        self.nav.item(TRASH).setText(text)

    def selected_ids(self) -> list[int]:
        """The contacts chosen in the book (none while another screen shows)."""
        return self.book_page.selected_ids() if self.nav.currentRow() == CONTACTS else []

    def _one_selected(self) -> tuple[int, str] | None:
        return self.book_page.one_selected() if self.nav.currentRow() == CONTACTS else None

    def _update_actions(self) -> None:
        in_book = self.nav.currentRow() == CONTACTS
        selected = len(self.selected_ids())
        for action in (
            self.commands.edit_action,
            self.commands.nearby_action,
            self.commands.place_action,
            self.commands.plan_visit_action,
            self.commands.log_visit_action,
            self.commands.dossier_action,
            self.commands.briefing_action,
            self.commands.referrals_action,
            self.commands.ways_in_action,
            self.commands.holdings_action,
        ):
            action.setEnabled(selected == 1)
        self.commands.add_to_day_action.setEnabled(selected > 0)
        self.commands.share_action.setEnabled(selected > 0 and not self.services.security.embedded)
        self.commands.delete_action.setEnabled(selected > 0)
        self.commands.undo_action.setEnabled(in_book and self.book_page.can_undo)
        can_restore, can_empty = self.trash_page.update_buttons()
        self.commands.restore_action.setEnabled(can_restore)
        self.commands.empty_trash_action.setEnabled(can_empty)

    def _centre_map(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.plan_page is not None:
            self.plan_page.map.centre_on(ids[0])

    def _show_area(self, row: int) -> None:
        if row == MAP:
            self._ensure_plan_page()
        self.stack.setCurrentIndex(row)
        self._update_actions()

    def _ensure_plan_page(self) -> PlanPage:
        if self.plan_page is None:
            from rmdesk.mapping.page import Tiles
            from rmdesk.ui.planning.plan_page import PlanPage

            self.plan_page = PlanPage(
                self.ctx, Tiles(self.prefs.tiles), self.book_page.model.all_ids, self
            )
            self.plan_page.open_contact.connect(self.open_contact)
            self.plan_page.show_area_in_book.connect(self.show_area_in_book)
            # A base map chosen on the map (its tiles did not load) is kept, as in Settings.
            self.plan_page.map.tiles_chosen.connect(self._keep_tiles)
            self.book_page.model.loaded.connect(lambda _n: self._markers_follow_book())
            layout = self.map_holder.layout()
            assert layout is not None
            layout.addWidget(self.plan_page)
        return self.plan_page

    def _keep_tiles(self, tiles: str) -> None:
        self.prefs.tiles = tiles

    def _markers_follow_book(self) -> None:
        if self.plan_page is not None and self.plan_page.map.loaded:
            self.plan_page.refresh_markers()

    def open_contact(self, contact_id: int) -> None:
        """Show a contact in the book: clear filters if needed, select its row."""
        self.nav.setCurrentRow(CONTACTS)
        self.book_page.open_contact(contact_id)

    def show_area_in_book(self, ids: list[int]) -> None:
        """Filter the book to the contacts inside a shape drawn on the map."""
        self.nav.setCurrentRow(CONTACTS)
        self.book_page.show_area(ids)

    def focus_search(self) -> None:
        self.nav.setCurrentRow(CONTACTS)
        self.book_page.focus_search()

    # -- the book ------------------------------------------------------------------------

    def new_contact(self) -> None:
        """A new contact from any screen: the book shows, where it will appear."""
        if self.nav.currentRow() != CONTACTS:
            self.nav.setCurrentRow(CONTACTS)
        self.book_page.new_contact()

    def edit_contact(self) -> None:
        if self.nav.currentRow() == CONTACTS:
            self.book_page.edit_contact()

    def show_nearby(self) -> NearbyDialog | None:
        if self.nav.currentRow() != CONTACTS:
            return None
        return self.book_page.show_nearby()

    def trash_selected(self) -> None:
        if self.nav.currentRow() == CONTACTS:
            self.book_page.trash_selected()

    def undo_delete(self) -> None:
        self.book_page.undo_delete()

    def restore_selected(self) -> None:
        self.trash_page.restore_selected()

    def empty_trash(self) -> None:
        self.trash_page.empty_trash()

    # -- planning ------------------------------------------------------------------------

    def plan_visits_for(
        self, ids: list[int], day: object, kinds: object = None, district: str = ""
    ) -> None:
        """Add contacts to a day as flexible visits and show that day; each visit goes to
        the address given in `kinds`, else the one in `district`, else the first."""
        assert isinstance(day, dt.date)
        self.nav.setCurrentRow(MAP)
        chosen = kinds if isinstance(kinds, dict) else None
        self._ensure_plan_page().add_to_day(ids, day, district, chosen)

    def add_selected_to_day(self) -> None:
        """The selected contacts become flexible visits of a day the user picks."""
        from rmdesk.ui.common.forms import ask_day

        ids = self.selected_ids()
        if not ids:
            return
        day = ask_day(
            self,
            self.tr("Add to a day's visits"),
            self.tr("%n contact(s) will be visited on this day (flexible times):", "", len(ids)),
        )
        if day is not None:
            # Picked from a district's list: each visit goes to the address there.
            district = self.book_page.model.book_filter.district
            self.plan_visits_for(ids, day, district=district)

    def suggest_day(self) -> None:
        """Suggest my day: for the day the map shows, or tomorrow when that is past."""
        from rmdesk.ui.planning.suggest_dialog import SuggestDayDialog

        page = self._ensure_plan_page()
        day = max(page.chosen_day(), dt.date.today() + dt.timedelta(days=1))
        dialog = SuggestDayDialog(self.ctx, day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._show_booked_day)
        self.suggest_dialog = dialog
        dialog.open()

    def _show_booked_day(self, route: object) -> None:
        from rmdesk.planning.route import DayRoute
        from rmdesk.ui.common.qdates import qdate

        assert isinstance(route, DayRoute)
        page = self._ensure_plan_page()
        self.nav.setCurrentRow(MAP)
        page.day.setDate(qdate(route.day))
        page.show_route(route)

    def plan_visit(self) -> None:
        """Open a new visit plan for the selected contact."""
        chosen = self._one_selected()
        if chosen is not None:
            self.plan_visit_with(*chosen)

    def plan_visit_with(self, contact_id: int, name: str) -> None:
        """Open a new visit plan for a contact: on the day the map shows, or tomorrow."""
        from rmdesk.domain.visit import VisitPlan, VisitTime

        page = self._ensure_plan_page()
        day = page.chosen_day()
        if day < dt.date.today():
            day = dt.date.today() + dt.timedelta(days=1)
        plan = VisitPlan(
            contact_id=contact_id, time=VisitTime.flexible(day, dt.time(8, 30), dt.time(17, 30))
        )
        page.open_editor(plan, name)

    def log_visit(self) -> None:
        """Log a visit with the selected contact, today unless changed."""
        chosen = self._one_selected()
        if chosen is not None:
            self.log_visit_with(chosen[0], 0)

    def log_visit_with(self, contact_id: int, plan_id: int = 0) -> None:
        """Log a visit with a contact: their planned visit `plan_id`, or one today."""
        from rmdesk.ui.activity.visit_log_dialog import open_visit_log

        keep = lambda dialog: setattr(self, "visit_log", dialog)  # noqa: E731 (for tests)
        if plan_id:
            open_visit_log(self, self.ctx, plan_id=plan_id, opened=keep)
        else:
            open_visit_log(self, self.ctx, contact_id=contact_id, opened=keep)

    def place_on_map(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        self.nav.setCurrentRow(MAP)
        self._ensure_plan_page().start_placing(chosen[0])

    def edit_branch(self) -> None:
        from rmdesk.ui.planning.branch_dialog import BranchDialog

        def show(branch: Any) -> None:
            dialog = BranchDialog(self.ctx, branch, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.pick_requested.connect(lambda: self._pick_branch(dialog))
            self.branch_dialog = dialog
            dialog.open()

        self.runner.submit(self.services.planning.branch, show)

    def _pick_branch(self, dialog: BranchDialog) -> None:
        """The branch dialog steps aside while the branch is clicked on the map."""
        dialog.hide()
        self.nav.setCurrentRow(MAP)

        def picked(lat: float, lon: float) -> None:
            dialog.point.set_wgs84(lat, lon)
            dialog.show()

        self._ensure_plan_page().map.pick_point(picked, dialog.show)

    def edit_holidays(self) -> None:
        """Enter the official schedule of the first year the holiday data lacks."""
        from rmdesk.ui.planning.holidays_dialog import first_unknown_year, open_holidays

        self.holidays_dialog = open_holidays(self.ctx, first_unknown_year(), self)

    def show_calendar(self) -> None:
        from rmdesk.ui.agenda.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.ctx, self.feed, self, self.selected_ids())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar_dialog = dialog
        dialog.show()

    # -- the dossier ---------------------------------------------------------------------

    def edit_dossier(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        chosen = self._one_selected()
        if chosen is not None:
            dossier_screens.edit_dossier(
                self.ctx, self, *chosen, self._dossier_opened, self.book_page.set_identity
            )

    def _dossier_opened(self, editor: Any) -> None:
        self.dossier_editor = editor

    def show_briefing(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        chosen = self._one_selected()
        if chosen is not None:
            self.briefing_view = dossier_screens.show_briefing(self.ctx, self, *chosen)

    def show_referrals(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        chosen = self._one_selected()
        if chosen is not None:
            self.referral_dialog = dossier_screens.show_referrals(
                self.ctx, self, *chosen, self.open_contact
            )

    def show_ways_in(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        chosen = self._one_selected()
        if chosen is not None:
            self.ways_dialog = dossier_screens.show_ways_in(
                self.ctx, self, *chosen, self.open_contact
            )

    def show_thank_yous(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        self.thanks_dialog = dossier_screens.show_thank_yous(self.ctx, self, self.open_contact)

    def show_window(self, name: str, ids: list[int] | None = None) -> None:
        """The pipeline board, the numbers or the call list (of the chosen contacts)."""
        from rmdesk.ui.activity.windows import show

        chosen = self.selected_ids() if ids is None else ids
        window = show(name, self.ctx, self, self.open_contact, chosen, by_hand=ids is not None)
        setattr(self, name, window)

    def show_holdings(self) -> None:
        """The selected client's products, what to offer next, and their key-client plan."""
        from rmdesk.ui.keeping.holdings_dialog import HoldingsDialog

        chosen = self._one_selected()
        if chosen is not None:
            dialog = HoldingsDialog(self.ctx, *chosen, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.holdings = dialog
            dialog.open()

    def show_rules(self) -> None:
        from rmdesk.ui.keeping.rules_dialog import RulesDialog

        dialog = RulesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rules_dialog = dialog
        dialog.open()

    def show_complaints(self) -> None:
        from rmdesk.ui.keeping.complaints_window import ComplaintsWindow

        window = self.findChild(ComplaintsWindow) or ComplaintsWindow(self.ctx, self)
        self.complaints = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_gift_ledger(self) -> None:
        """The gift ledger, one window, its form set to the client chosen in the book."""
        from rmdesk.ui.keeping.gift_ledger_window import GiftLedgerWindow

        window = self.findChild(GiftLedgerWindow)
        if window is None:
            window = GiftLedgerWindow(self.ctx, self._one_selected(), self)
        else:
            chosen = self._one_selected()
            if chosen is not None:
                window.client.choose(*chosen)
        self.gift_ledger = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_companies(self) -> None:
        from rmdesk.ui.dossier import open as dossier_screens

        self.company_dialog = dossier_screens.show_companies(self.ctx, self)

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
        import shiboken6

        from rmdesk.planning.geocode import find_key, store_key
        from rmdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.services.location, self)

        def read(key: str | None) -> None:
            if shiboken6.isValid(dialog):  # not closed before the keyring answered
                dialog.key_read(key)

        self.network.submit(find_key, read, lambda _error: read(None))
        chosen = dialog.exec()
        dialog.deleteLater()
        if not chosen:
            return
        if dialog.geocoder_key.isModified():  # kept on the worker too; a failure is said
            key = dialog.geocoder_key.text().strip()
            self.network.submit(lambda: store_key(key), lambda _none: None, self.show_error)
        if dialog.chosen_tiles() != self.prefs.tiles:
            self.prefs.tiles = dialog.chosen_tiles()
            if self.plan_page is not None:
                from rmdesk.mapping.page import Tiles

                self.plan_page.map.set_tiles(Tiles(self.prefs.tiles))
        if dialog.lock_minutes.value() != self.prefs.lock_minutes:
            self.prefs.lock_minutes = dialog.lock_minutes.value()
            self.lock.set_idle(self.prefs.lock_minutes * 60_000)
        if dialog.chosen_language() != self.prefs.language:
            self.prefs.language = dialog.chosen_language()
            if self._on_language_chosen is not None:
                self._on_language_chosen(dialog.chosen_language())

    def about(self) -> None:
        from rmdesk.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.services.location, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_today(self) -> None:
        """Back to the window, on Today (the tray icon or a notification clicked)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.nav.setCurrentRow(TODAY)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock.stop()
        self.tray.stop()
        self.changes.close()
        self.feed.stop()
        self.network.shutdown(wait=False)  # the feed stops on its own thread
        self.prefs.set_layout("main_window", self.saveGeometry())
        self.prefs.set_layout("book_splitter", self.book_page.splitter.saveState())
        self.prefs.set_layout("book_columns", self.book_page.table.horizontalHeader().saveState())
        super().closeEvent(event)
