"""The map and the day's route: one page of the main window.

Left, the map of the contacts the book currently lists; right, a day: its route in
order (arrival, start, departure, travel), the visits that do not fit and why, stops
moved by hand, and the printable day sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.kinds import AddressKind, VisitStatus
from rmdesk.domain.visit import VisitPlan
from rmdesk.mapping.data import contacts_in_area, marker_records, place_contact
from rmdesk.mapping.page import Tiles
from rmdesk.planning.day import SheetLine, choose_addresses, day_visits, sheet_details
from rmdesk.planning.holidays import HolidaySchedule, load_schedules
from rmdesk.planning.places import contact_places
from rmdesk.planning.route import DayRoute, Reason, move_stop
from rmdesk.planning.visits import VisitBook
from rmdesk.store.database import Store
from rmdesk.store.private import write_private
from rmdesk.ui.day_sheet import DaySheet
from rmdesk.ui.i18n import ui_language
from rmdesk.ui.labels import holiday_name, label
from rmdesk.ui.map_view import MapView
from rmdesk.ui.qdates import qdate, to_date
from rmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from rmdesk.planning.day import DayToPlan
    from rmdesk.ui.briefing_view import BriefingView
    from rmdesk.ui.nearby_dialog import NearbyDialog
    from rmdesk.ui.visit_editor import VisitEditor


def ask_day(parent: QWidget, title: str, text: str) -> dt.date | None:
    """A day from the user (tomorrow by default), or None if they cancel."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateEdit(QDate.currentDate().addDays(1))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd ddd")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(QLabel(text))
    form.addRow(edit)
    form.addRow(buttons)
    if not dialog.exec():
        return None
    d = edit.date()
    return to_date(d)


class PlanPage(QWidget):
    open_contact = Signal(int)
    show_area_in_book = Signal(list)
    progress = Signal(str)  # emitted from the worker thread; delivered queued
    sheet_saved = Signal(str)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        tiles: Tiles,
        current_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
        network: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.visits = VisitBook(store)
        self.runner = runner
        # Solving a day may wait on a road-routing server: never on the database worker.
        self.network = network or runner
        self.editor: VisitEditor | None = None
        self.nearby: NearbyDialog | None = None
        self._current_ids = current_ids
        self.route: DayRoute | None = None
        self.schedules: dict[int, HolidaySchedule] = {}  # holidays entered with the book
        self.route_points: list[tuple[float, float, str, str]] = []
        self.area: list[int] = []

        self.map = MapView(runner, tiles, self)
        self.map.contact_chosen.connect(self.open_contact)
        self.map.contact_placed.connect(self._place)
        self.map.area_selected.connect(self._on_area)
        self.map.ready.connect(self.refresh_markers)
        self.map.ready.connect(self._redraw_route)

        self.day = QDateEdit(QDate.currentDate().addDays(1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.plan_button = QPushButton(self.tr("Plan the day"))
        self.plan_button.setShortcut(QKeySequence("Ctrl+R"))
        self.plan_button.clicked.connect(self.plan)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.stops = QListWidget()
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.up.setShortcut(QKeySequence("Alt+Up"))
        self.down.setShortcut(QKeySequence("Alt+Down"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.pdf = QPushButton(self.tr("Day sheet (PDF)…"))
        self.pdf.clicked.connect(self.save_day_sheet)
        self.unassigned = QListWidget()
        self.area_label = QLabel()
        self.area_label.setWordWrap(True)
        self.area_in_book = QPushButton(self.tr("Show the selection in the book"))
        self.area_in_book.clicked.connect(lambda: self.show_area_in_book.emit(self.area))
        self.area_in_book.setEnabled(False)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop.activated.connect(self._stop_modes)

        # The day's visit plans, whatever their status.
        self.plans = QListWidget()
        self.plans.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.plans.itemDoubleClicked.connect(lambda _i: self.edit_plan())
        self.plans.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.status_buttons: list[tuple[QPushButton, VisitStatus]] = []
        for status, text in (
            (VisitStatus.BOOKED, self.tr("Booked")),
            (VisitStatus.DONE, self.tr("Done")),
            (VisitStatus.CANCELLED, self.tr("Cancel visit")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, st=status: self.set_status(st))
            self.status_buttons.append((button, status))
        self.near_button = QPushButton(self.tr("Who is near…"))
        self.near_button.setToolTip(self.tr("Clients near this visit's place, to fit in too"))
        self.near_button.clicked.connect(self.near_plan)
        self.briefings_button = QPushButton(self.tr("Briefings for the day…"))
        self.briefings_button.clicked.connect(self.show_briefings)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_plans)
        # The tooltips buttons have when enabled; disabled ones say what they wait for.
        self._tips = {self.near_button: self.near_button.toolTip()}
        self.add_area = QPushButton(self.tr("Add the selected area's clients to this day"))
        self.add_area.clicked.connect(self.add_area_to_day)
        self.add_area.setEnabled(False)
        self.day.dateChanged.connect(lambda _d: self.refresh_plans())
        self.progress.connect(self.summary.setText)

        route_tab = QWidget()
        col = QVBoxLayout(route_tab)
        col.addWidget(self.summary)
        col.addWidget(self.stops, 3)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.pdf):
            moves.addWidget(button)
        col.addLayout(moves)
        col.addWidget(QLabel(self.tr("Not planned")))
        col.addWidget(self.unassigned, 1)
        plans_tab = QWidget()
        plans_col = QVBoxLayout(plans_tab)
        plans_col.addWidget(self.plans, 1)
        grid = QGridLayout()
        grid.addWidget(self.edit_button, 0, 0)
        grid.addWidget(self.near_button, 0, 1)
        grid.addWidget(self.delete_button, 0, 2)
        for n, (button, _status) in enumerate(self.status_buttons):
            grid.addWidget(button, 1, n)
        grid.addWidget(self.briefings_button, 2, 0, 1, 3)
        plans_col.addLayout(grid)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(plans_tab, self.tr("Visits"))
        self.side_tabs.addTab(route_tab, self.tr("Route"))
        side = QWidget()
        side_col = QVBoxLayout(side)
        row = QHBoxLayout()
        row.addWidget(self.day, 1)
        row.addWidget(self.plan_button)
        side_col.addLayout(row)
        side_col.addWidget(self.side_tabs, 1)
        side_col.addWidget(self.area_label)
        side_col.addWidget(self.add_area)
        side_col.addWidget(self.area_in_book)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()
        self.refresh_plans()

    def reason_text(self, reason: Reason, clashes: tuple[str, ...]) -> str:
        if reason is Reason.NO_LOCATION:
            return self.tr("no location: pin the client on the map")
        if reason is Reason.OUTSIDE_HOURS:
            return self.tr("outside working hours")
        if reason is Reason.TOO_FAR:
            return self.tr("too far to go and come back within the day")
        if reason is Reason.CLASH:
            return self.tr("clashes with {0}").format("、".join(clashes))
        if reason is Reason.TOO_FAR_FROM:
            return self.tr("too far from {0}'s appointment to fit in between").format(
                "、".join(clashes)
            )
        if reason is Reason.LUNCH:
            return self.tr("its window is taken by the lunch break")
        return self.tr("no time left in the day")

    # -- the map ----------------------------------------------------------------------

    def refresh_markers(self) -> None:
        ids = self._current_ids()
        frame, today = self.map.frame, dt.date.today()
        self.runner.submit(
            lambda: marker_records(self.store, ids, frame, today), self.map.show_contacts
        )

    def _on_area(self, ring: list[tuple[float, float]]) -> None:
        from rmdesk.mapping.data import Frame

        ids = self._current_ids()
        self.runner.submit(
            lambda: contacts_in_area(self.store, ring, Frame(), ids), self._show_area
        )

    def _show_area(self, ids: list[int]) -> None:
        self.area = ids
        self.area_label.setText(self.tr("%n client(s) in the selected area", "", len(ids)))
        self.area_in_book.setEnabled(bool(ids))
        self.add_area.setEnabled(bool(ids))

    def start_placing(self, contact_id: int) -> None:
        self.map.start_placing(contact_id)

    def _place(self, contact_id: int, lat: float, lon: float) -> None:
        """Pin a client; moving a pin the client already had is confirmed first."""

        def before() -> Any:
            return contact_places(self.store, [contact_id]).get(contact_id)

        def decide(old: Any) -> None:
            if old is not None and not old.approx:
                answer = QMessageBox.question(
                    self,
                    self.tr("Move the pin"),
                    self.tr(
                        "Move this client's pin from {0:.5f}, {1:.5f} to {2:.5f}, {3:.5f}?"
                    ).format(old.lat, old.lon, lat, lon),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.Yes,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    self.map.move_marker(contact_id, old.lat, old.lon)
                    return
            self.runner.submit(lambda: place_contact(self.store, contact_id, lat, lon), done)

        def done(_located: Any) -> None:
            self.map.move_marker(contact_id, lat, lon)
            self.map.start_placing(None)
            self.map.status.setText(self.tr("Client placed."))

        self.runner.submit(before, decide)

    def _stop_modes(self) -> None:
        self.map.start_placing(None)
        self.map.select(None)
        for action in (self.map.select_rect, self.map.select_lasso):
            action.setChecked(False)

    # -- the day ----------------------------------------------------------------------

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return to_date(d)

    def plan(self) -> None:
        from rmdesk.planning.day import day_to_plan, save_day_route, solve_day

        day = self.chosen_day()
        self.plan_button.setEnabled(False)
        stages = {
            "travel": self.tr("Working out travel times…"),
            "solve": self.tr("Ordering the visits…"),
            "check": self.tr("Checking what does not fit…"),
        }

        def say(stage: str) -> None:
            self.progress.emit(stages.get(stage, stage))

        store = self.store
        # The worker runs these in order: the book's entered holidays are known before the
        # route is shown.
        self.runner.submit(lambda: load_schedules(store), self._keep_schedules)

        def solve(inputs: DayToPlan) -> None:
            self.network.submit(lambda: solve_day(inputs, say), save, self._plan_failed)

        def save(route: DayRoute) -> None:
            self.runner.submit(
                lambda: save_day_route(store, route),
                lambda _none: self.show_route(route),
                self._plan_failed,
            )

        self.runner.submit(lambda: day_to_plan(store, day), solve, self._plan_failed)

    def _keep_schedules(self, schedules: dict[int, HolidaySchedule]) -> None:
        self.schedules = schedules

    def _plan_failed(self, error: BaseException) -> None:
        self.plan_button.setEnabled(True)
        self.summary.setText("")
        from rmdesk.ui import labels

        QMessageBox.warning(self, self.tr("Plan the day"), labels.error_text(error))

    def show_route(self, route: DayRoute) -> None:
        self.plan_button.setEnabled(True)
        self.route = route
        self.side_tabs.setCurrentIndex(1)
        self.stops.clear()
        for n, stop in enumerate(route.stops, start=1):
            v = stop.visit
            kind = self.tr("appointment") if v.fixed else self.tr("flexible")
            text = self.tr("{0}. {1}–{2} {3} ({4}; arrive {5}, {6} km)").format(
                n,
                stop.start.strftime("%H:%M"),
                stop.depart.strftime("%H:%M"),
                v.name,
                kind,
                stop.arrive.strftime("%H:%M"),
                f"{stop.leg_km:.1f}",
            )
            if stop.problem is not None:
                text += "  ⚠ " + self.tr("late for its time")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.contact_id)
            self.stops.addItem(item)
        self.unassigned.clear()
        for u in route.unassigned:
            item = QListWidgetItem(f"{u.visit.name}: {self.reason_text(u.reason, u.clashes_with)}")
            item.setData(Qt.ItemDataRole.UserRole, u.visit.contact_id)
            self.unassigned.addItem(item)
        lunch = (
            self.tr("lunch {0}–{1}").format(
                route.lunch[0].strftime("%H:%M"), route.lunch[1].strftime("%H:%M")
            )
            if route.lunch
            else ""
        )
        summary = self.tr("Leave {0}, back {1}; {2} km, {3} min driving. {4}").format(
            route.leave.strftime("%H:%M"),
            route.back.strftime("%H:%M"),
            f"{route.total_km:.1f}",
            f"{route.travel_min:.0f}",
            lunch,
        )
        if route.problems:
            summary += "  ⚠ " + self.tr("This order breaks the working day or lunch.")
        summary += self._day_note(route.day)
        self.summary.setText(summary)
        b = route.branch
        points: list[tuple[float, float, str, str]] = []
        if b.lat is not None and b.lon is not None:
            points.append((b.lat, b.lon, "⌂", b.name))
            for n, s in enumerate(route.stops, start=1):
                if s.visit.point:
                    points.append((*s.visit.point, str(n), s.visit.name))
            points.append((b.lat, b.lon, "⌂", b.name))
        self.route_points = points if route.stops else []
        self.map.show_route(self.route_points)
        self._update_buttons()

    def _redraw_route(self) -> None:
        if self.route_points:
            self.map.show_route(self.route_points)

    def _day_note(self, day: dt.date) -> str:
        from rmdesk.planning.day import day_kind_of

        kind, name = day_kind_of(day, self.schedules)
        if kind == "holiday":
            return "  ⚠ " + self.tr("A public holiday ({0}).").format(holiday_name(name))
        if kind == "weekend":
            return "  ⚠ " + self.tr("A weekend day.")
        if kind == "adjusted_workday":
            return "  " + self.tr("A working weekend day in lieu (调休, {0}).").format(
                holiday_name(name)
            )
        if kind == "unknown":
            return "  " + self.tr(
                "The official holidays of {0} are not known yet; only weekends count as days "
                "off. Enter them in Planning → Official holidays."
            ).format(day.year)
        return ""

    def _move(self, step: int) -> None:
        row = self.stops.currentRow()
        if self.route is None or row < 0 or not (0 <= row + step < len(self.route.stops)):
            return
        route = self.route

        def moved(new: DayRoute) -> None:
            self.show_route(new)
            self.stops.setCurrentRow(row + step)

        self.runner.submit(lambda: move_stop(route, row, row + step), moved)

    def _update_buttons(self) -> None:
        has = self.route is not None and bool(self.route.stops)
        for button in (self.up, self.down, self.pdf):
            button.setEnabled(has)
        chosen = len(self.plans.selectedItems())
        self.edit_button.setEnabled(chosen == 1)
        self.near_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen > 0)
        for button, _status in self.status_buttons:
            button.setEnabled(chosen > 0)
        # A greyed-out button says what it waits for.
        one = self.tr("Select one visit in the list above first.")
        some = self.tr("Select visits in the list above first.")
        for button, needs_one in (
            (self.edit_button, True),
            (self.near_button, True),
            (self.delete_button, False),
            *((b, False) for b, _s in self.status_buttons),
        ):
            if not button.isEnabled():
                button.setToolTip(one if needs_one else some)
            elif button.toolTip() in (one, some):
                button.setToolTip(self._tips.get(button, ""))

    # -- the day's visit plans --------------------------------------------------------

    def refresh_plans(self) -> None:
        day = self.chosen_day()
        self.runner.submit(lambda: self._plans_of(day), self._show_plans)

    def _plans_of(self, day: dt.date) -> tuple[dt.date, list[VisitPlan], dict[int, str]]:
        plans = self.visits.for_day(day, tuple(VisitStatus))
        rows = ContactBook(self.store).rows(sorted({p.contact_id for p in plans}))
        return day, plans, {cid: row.name for cid, row in rows.items()}

    def _show_plans(self, found: tuple[dt.date, list[VisitPlan], dict[int, str]]) -> None:
        day, plans, names = found
        if day != self.chosen_day():
            return
        self.plans.clear()
        for plan in plans:
            t = plan.time
            when = (
                f"{t.window_start:%H:%M}"
                if t.fixed
                else f"{t.window_start:%H:%M}–{t.window_end:%H:%M}"
            )
            text = self.tr("{0}  {1}  ({2}, {3}, {4} min)").format(
                when,
                names.get(plan.contact_id, "?"),
                label(plan.status),
                label(plan.purpose),
                t.duration_min,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, names.get(plan.contact_id, ""))
            if plan.status in (VisitStatus.CANCELLED, VisitStatus.DONE):
                item.setForeground(Qt.GlobalColor.gray)
            self.plans.addItem(item)
        self._update_buttons()

    def _chosen_plans(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.plans.selectedItems()]

    def edit_plan(self) -> None:
        items = self.plans.selectedItems()
        if len(items) != 1:
            return
        plan_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        name = str(items[0].data(Qt.ItemDataRole.UserRole + 1))

        def show(plan: VisitPlan) -> None:
            self.open_editor(plan, name)

        self.runner.submit(lambda: self.visits.get(plan_id), show)

    def near_plan(self) -> None:
        """Who is near the selected visit's place (its own, or the client's)."""
        items = self.plans.selectedItems()
        if len(items) != 1:
            return
        plan_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        name = str(items[0].data(Qt.ItemDataRole.UserRole + 1))

        def where() -> tuple[VisitPlan, tuple[float, float] | None]:
            plan = self.visits.get(plan_id)
            # Where the visit itself goes: its place, or the address it was planned for.
            return plan, day_visits(self.store, [plan])[0].point

        def show(found: tuple[VisitPlan, tuple[float, float] | None]) -> None:
            self._show_near(found, name)

        self.runner.submit(where, show)

    def _show_near(
        self, found: tuple[VisitPlan, tuple[float, float] | None], name: str
    ) -> NearbyDialog | None:
        from rmdesk.domain.errors import NoLocation
        from rmdesk.ui.labels import error_text
        from rmdesk.ui.nearby_dialog import NearbyDialog

        plan, point = found
        if point is None:
            QMessageBox.information(
                self, self.tr("Who is near"), error_text(NoLocation(plan.contact_id, name))
            )
            return None
        title = self.tr("{0}'s visit at {1}").format(name, f"{plan.time.window_start:%H:%M}")
        dialog = NearbyDialog(
            ContactBook(self.store), self.runner, plan.contact_id, title, self, point=point
        )
        dialog.day.setDate(qdate(plan.time.day))
        dialog.open_contact.connect(self.open_contact)
        dialog.plan_visits.connect(lambda ids, day, kinds: self.add_to_day(ids, day, kinds=kinds))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.nearby = dialog
        dialog.show()
        return dialog

    def show_briefings(self) -> BriefingView:
        """The briefing of every client of the chosen day, one per page."""
        from rmdesk.dossier.briefing import briefings_for_day
        from rmdesk.ui.briefing_view import BriefingView

        day, store = self.chosen_day(), self.store
        view = BriefingView(
            self.runner,
            lambda sensitive: briefings_for_day(store, day, dt.date.today(), sensitive),
            self.tr("Briefings for {0}").format(day.isoformat()),
            ui_language(),
            self,
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.briefing_view = view
        view.show()
        return view

    def open_editor(self, plan: VisitPlan, name: str) -> VisitEditor:
        from rmdesk.ui.visit_editor import VisitEditor

        editor = VisitEditor(self.visits, self.runner, plan, name, self, self.network)
        editor.saved.connect(lambda _id: self.plans_changed())

        def pick() -> None:
            # The editor steps aside while the place is clicked on the map.
            editor.hide()

            def picked(lat: float, lon: float) -> None:
                editor.set_place(lat, lon)
                editor.show()

            self.map.pick_point(picked, editor.show)

        editor.pick_requested.connect(pick)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.open()
        return editor

    def plans_changed(self) -> None:
        self.refresh_plans()
        self.refresh_markers()

    def set_status(self, status: VisitStatus) -> None:
        ids = self._chosen_plans()
        if ids:
            self.runner.submit(
                lambda: self.visits.set_status(ids, status), lambda _n: self.plans_changed()
            )

    def delete_plans(self) -> None:
        ids = self._chosen_plans()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete visit plans"),
            self.tr(
                "Delete %n visit plan(s)? To keep a record, mark them cancelled instead.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.runner.submit(lambda: self.visits.delete(ids), lambda _n: self.plans_changed())

    def add_to_day(
        self,
        contact_ids: list[int],
        day: dt.date | None = None,
        district: str = "",
        kinds: dict[int, Any] | None = None,
        pinned_first: bool = False,
    ) -> None:
        """Flexible visits (proposed, all working day) for these clients on the day, each
        to one address chosen now (of `kinds`, else in `district`, else the first). When
        that address has no pin, the user is asked rather than another address used."""
        if not contact_ids:
            return
        when = day or self.chosen_day()
        if day is not None:
            self.day.setDate(qdate(day))
        store, visits = self.store, self.visits

        def choose() -> tuple[dict[int, Any], list[str]]:
            chosen = choose_addresses(store, contact_ids, district, kinds, pinned_first)
            unpinned = [cid for cid, a in chosen.items() if a is None or a.approx or not a.point]
            rows = ContactBook(store).rows(unpinned)
            return chosen, [rows[c].name for c in unpinned if c in rows]

        def done(made: list[int]) -> None:
            self.plans_changed()
            self.side_tabs.setCurrentIndex(0)
            self.map.status.setText(
                self.tr("%n visit(s) added to {0}.", "", len(made)).format(when.isoformat())
            )

        def decide(found: tuple[dict[int, Any], list[str]]) -> None:
            chosen, unpinned = found
            if unpinned and not self.confirm_unpinned(unpinned):
                return
            addresses = {
                cid: AddressKind(place.kind) if place is not None else None
                for cid, place in chosen.items()
            }
            self.runner.submit(
                lambda: visits.add_flexible(contact_ids, when, addresses=addresses), done
            )

        self.runner.submit(choose, decide)

    def confirm_unpinned(self, names: list[str]) -> bool:
        """Plan clients whose address has no map pin (at their district's centre)?"""
        shown = "、".join(names[:10]) + ("…" if len(names) > 10 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Add to the day"),
            self.tr(
                "%n client(s) have no map pin at the address the visit goes to: {0}. They "
                "will be planned at their district's centre (approximate), or left out if "
                "it is unknown. Pin them first (Planning → Place on the map) for a true "
                "route. Plan them now?",
                "",
                len(names),
            ).format(shown),
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_area_to_day(self) -> None:
        self.add_to_day(list(self.area), pinned_first=True)  # the addresses on the map

    # -- the day sheet ----------------------------------------------------------------

    def save_day_sheet(self, path: str | None = None) -> None:
        """Ask where (unless given), then write the PDF off the database thread's
        answer; `sheet_saved(path)` or an error message follows."""
        if self.route is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the day sheet"),
                f"rmdesk-{self.route.day.isoformat()}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        target = path
        ids = [s.visit.plan_id for s in self.route.stops]
        self.runner.submit(
            lambda: sheet_details(self.store, ids), lambda d: self._write_sheet(target, d)
        )

    def _write_sheet(self, path: str, details: dict[int, SheetLine]) -> None:
        assert self.route is not None
        sheet = DaySheet(self.route, details, self.summary.text(), self.reason_text)
        data = sheet.pdf()
        try:
            # The sheet names the day's clients: private to the user, like the book.
            write_private(Path(path), data)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Save the day sheet"),
                self.tr(
                    "The day sheet could not be written to {0}. Check that the folder "
                    "exists, that you may write there and that the disk has room."
                ).format(path),
            )
            return
        self.sheet_saved.emit(path)
