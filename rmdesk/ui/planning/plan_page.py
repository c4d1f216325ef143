"""The map and the day's route: one page of the main window.

Left, the map of the contacts the book currently lists; right, a day: its route in
order (arrival, start, departure, travel), the visits that do not fit and why, stops
moved by hand, and the printable day sheet.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
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

from rmdesk.domain.kinds import AddressKind, VisitStatus
from rmdesk.domain.visit import VisitPlan
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.mapping.page import Tiles
from rmdesk.planning.holidays import HolidaySchedule
from rmdesk.planning.route import DayRoute
from rmdesk.services.events import Change, ContactsChanged, VisitsChanged, WorkingDayChanged
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import qdate, to_date
from rmdesk.ui.planning.map_view import MapView
from rmdesk.ui.planning.route_panel import RoutePanel

if TYPE_CHECKING:
    from rmdesk.planning.day import DayToPlan
    from rmdesk.ui.book.nearby_dialog import NearbyDialog
    from rmdesk.ui.dossier.briefing_view import BriefingView
    from rmdesk.ui.planning.visit_editor import VisitEditor


class _Stopped(Exception):
    """The user stopped planning: raised at the next stage of the worker's solve."""


class PlanPage(QWidget):
    open_contact = Signal(int)
    show_area_in_book = Signal(list)
    progress = Signal(str)  # emitted from the worker thread; delivered queued

    def __init__(
        self,
        ctx: Context,
        tiles: Tiles,
        current_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visits = ctx.services.planning
        self.runner = ctx.runner
        # Solving a day may wait on a road-routing server: never on the database worker.
        self.network = ctx.network
        self.editor: VisitEditor | None = None
        self.nearby: NearbyDialog | None = None
        self._current_ids = current_ids
        self.route_points: list[tuple[float, float, str, str]] = []
        self.area: list[int] = []

        self.map = MapView(self.runner, tiles, self)
        self.map.contact_chosen.connect(self.open_contact)
        self.map.log_requested.connect(self.log_contact)
        self.map.contact_placed.connect(self._place)
        self.map.area_selected.connect(self._on_area)
        self.map.ready.connect(self.refresh_markers)
        self.map.ready.connect(self._redraw_route)

        self.day = QDateEdit(QDate.currentDate().addDays(1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.plan_button = QPushButton(self.tr("Plan the day"))
        self.plan_button.setShortcut(QKeySequence("Ctrl+R"))
        self.plan_button.clicked.connect(
            lambda: self.plan() if self.planning is None else self.stop_planning()
        )
        # Set while a plan is being worked out; setting the event stops it.
        self.planning: threading.Event | None = None
        self.route_panel = RoutePanel(ctx, self)
        self.route_panel.points_changed.connect(self._show_route_points)
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
        self.log_button = QPushButton(self.tr("Log the visit…"))
        self.log_button.clicked.connect(self.log_plan)
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
        self.progress.connect(self.route_panel.summary.setText)
        plans_tab = QWidget()
        plans_col = QVBoxLayout(plans_tab)
        plans_col.addWidget(self.plans, 1)
        grid = QGridLayout()
        grid.addWidget(self.edit_button, 0, 0)
        grid.addWidget(self.near_button, 0, 1)
        grid.addWidget(self.delete_button, 0, 2)
        for n, (button, _status) in enumerate(self.status_buttons):
            grid.addWidget(button, 1, n)
        grid.addWidget(self.log_button, 2, 0)
        grid.addWidget(self.briefings_button, 2, 1, 1, 2)
        plans_col.addLayout(grid)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(plans_tab, self.tr("Visits"))
        self.side_tabs.addTab(self.route_panel, self.tr("Route"))
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
        ctx.changes.changed.connect(self._on_change)

    # -- the map ----------------------------------------------------------------------

    def refresh_markers(self) -> None:
        ids = self._current_ids()
        frame, today = self.map.frame, dt.date.today()
        self.runner.submit(lambda: self.visits.markers(ids, frame, today), self.map.show_contacts)

    def _on_area(self, ring: list[tuple[float, float]]) -> None:
        from rmdesk.mapping.data import Frame

        ids = self._current_ids()
        self.runner.submit(
            lambda: self.visits.contacts_in_area(ring, Frame(), ids), self._show_area
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
            return self.ctx.services.contacts.place_of(contact_id)

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
            contacts = self.ctx.services.contacts
            self.runner.submit(lambda: contacts.place(contact_id, lat, lon), done)

        def done(_located: Any) -> None:
            self.map.move_marker(contact_id, lat, lon)
            self.map.start_placing(None)
            self.map.status.setText(self.tr("Client placed."))

        self.runner.submit(before, decide)

    def _stop_modes(self) -> None:
        if self.planning is not None:
            self.stop_planning()
            return
        self.map.start_placing(None)
        self.map.select(None)
        for action in (self.map.select_rect, self.map.select_lasso):
            action.setChecked(False)

    # -- the day ----------------------------------------------------------------------

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return to_date(d)

    def plan(self) -> None:
        day = self.chosen_day()
        stopped = self.planning = threading.Event()
        self.plan_button.setText(self.tr("Stop planning"))
        stages = {
            "travel": self.tr("Working out travel times…"),
            "solve": self.tr("Ordering the visits…"),
            "check": self.tr("Checking what does not fit…"),
        }

        def say(stage: str) -> None:
            if stopped.is_set():
                raise _Stopped()
            self.progress.emit(stages.get(stage, stage))

        planning = self.visits
        # The worker runs these in order: the book's entered holidays are known before the
        # route is shown.
        self.runner.submit(planning.holiday_schedules, self._keep_schedules)

        def solve(inputs: DayToPlan) -> None:
            if not stopped.is_set():
                self.network.submit(lambda: planning.solve_day(inputs, say), save, failed)

        def save(route: DayRoute) -> None:
            if stopped.is_set():
                return  # the day's saved route stays as it was
            # Saving takes a moment and is not undone: from here on the plan is kept.
            self._planning_done()
            self.runner.submit(
                lambda: planning.save_day_route(route),
                lambda _none: self.show_route(route),
                failed,
            )

        def failed(error: BaseException) -> None:
            if not stopped.is_set():
                self._plan_failed(error)

        self.runner.submit(lambda: planning.day_to_plan(day), solve, failed)

    def stop_planning(self) -> None:
        """Drop the plan being worked out; the day's saved route is left as it was. A
        solve already running finishes in the background and is thrown away."""
        if self.planning is None:
            return
        self.planning.set()
        self._planning_done()
        self.progress.emit(self.tr("Planning stopped; the day's route is as it was."))

    def _planning_done(self) -> None:
        self.planning = None
        self.plan_button.setText(self.tr("Plan the day"))

    def _keep_schedules(self, schedules: dict[int, HolidaySchedule]) -> None:
        self.route_panel.schedules = schedules

    def _plan_failed(self, error: BaseException) -> None:
        self._planning_done()
        self.route_panel.summary.setText("")
        QMessageBox.warning(self, self.tr("Plan the day"), error_text(error))

    @property
    def route(self) -> DayRoute | None:
        return self.route_panel.route

    def show_route(self, route: DayRoute) -> None:
        self.side_tabs.setCurrentIndex(1)
        self.route_panel.show_route(route)

    def _show_route_points(self, points: list[tuple[float, float, str, str]]) -> None:
        self.route_points = points
        self.map.show_route(points)

    def _redraw_route(self) -> None:
        if self.route_points:
            self.map.show_route(self.route_points)

    def _update_buttons(self) -> None:
        chosen = len(self.plans.selectedItems())
        self.edit_button.setEnabled(chosen == 1)
        self.near_button.setEnabled(chosen == 1)
        self.log_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen > 0)
        for button, _status in self.status_buttons:
            button.setEnabled(chosen > 0)
        # A greyed-out button says what it waits for.
        one = self.tr("Select one visit in the list above first.")
        some = self.tr("Select visits in the list above first.")
        for button, needs_one in (
            (self.edit_button, True),
            (self.near_button, True),
            (self.log_button, True),
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
        return self.visits.day_list(day)

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
            item.setData(Qt.ItemDataRole.UserRole + 2, plan.contact_id)
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

    def log_plan(self) -> None:
        from rmdesk.ui.activity.visit_log_dialog import open_visit_log

        items = self.plans.selectedItems()
        if len(items) == 1:
            plan_id = int(items[0].data(Qt.ItemDataRole.UserRole))
            open_visit_log(self, self.ctx, plan_id=plan_id, opened=self._log_opened)

    def log_contact(self, contact_id: int) -> None:
        """Log a visit with a client clicked on the map: their visit planned on the day
        shown if there is one, else a visit today."""
        from rmdesk.ui.activity.visit_log_dialog import open_visit_log

        for row in range(self.plans.count()):
            item = self.plans.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 2) == contact_id:
                plan_id = int(item.data(Qt.ItemDataRole.UserRole))
                open_visit_log(self, self.ctx, plan_id=plan_id, opened=self._log_opened)
                return
        open_visit_log(self, self.ctx, contact_id=contact_id, opened=self._log_opened)

    def _log_opened(self, dialog: QWidget) -> None:
        self.visit_log = dialog

    def near_plan(self) -> None:
        """Who is near the selected visit's place (its own, or the client's)."""
        items = self.plans.selectedItems()
        if len(items) != 1:
            return
        plan_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        name = str(items[0].data(Qt.ItemDataRole.UserRole + 1))

        def where() -> tuple[VisitPlan, tuple[float, float] | None]:
            # Where the visit itself goes: its place, or the address it was planned for.
            return self.visits.visit_point(plan_id)

        def show(found: tuple[VisitPlan, tuple[float, float] | None]) -> None:
            self._show_near(found, name)

        self.runner.submit(where, show)

    def _show_near(
        self, found: tuple[VisitPlan, tuple[float, float] | None], name: str
    ) -> NearbyDialog | None:
        from rmdesk.domain.errors import NoLocation
        from rmdesk.error_texts import error_text
        from rmdesk.ui.book.nearby_dialog import NearbyDialog

        plan, point = found
        if point is None:
            QMessageBox.information(
                self, self.tr("Who is near"), error_text(NoLocation(plan.contact_id, name))
            )
            return None
        title = self.tr("{0}'s visit at {1}").format(name, f"{plan.time.window_start:%H:%M}")
        dialog = NearbyDialog(self.ctx, plan.contact_id, title, self, point=point)
        dialog.day.setDate(qdate(plan.time.day))
        dialog.open_contact.connect(self.open_contact)
        dialog.plan_visits.connect(lambda ids, day, kinds: self.add_to_day(ids, day, kinds=kinds))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.nearby = dialog
        dialog.show()
        return dialog

    def show_briefings(self) -> BriefingView:
        """The briefing of every client of the chosen day, one per page."""
        from rmdesk.ui.dossier.briefing_view import BriefingView

        day, dossiers = self.chosen_day(), self.ctx.services.dossiers
        view = BriefingView(
            self.ctx,
            lambda sensitive: dossiers.briefings_for_day(day, dt.date.today(), sensitive),
            self.tr("Briefings for {0}").format(day.isoformat()),
            self,
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.briefing_view = view
        view.show()
        return view

    def open_editor(self, plan: VisitPlan, name: str) -> VisitEditor:
        from rmdesk.ui.planning.visit_editor import VisitEditor

        editor = VisitEditor(self.ctx, plan, name, self)

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

    def _on_change(self, event: Change) -> None:
        """The book changed (here, in a dialog, from the phone): show it as it is."""
        if isinstance(event, VisitsChanged | ContactsChanged):
            # The markers follow the book's list, which reloads on the same events.
            self.refresh_plans()
        elif isinstance(event, WorkingDayChanged) and self.route is not None:
            self.plan()  # the branch, hours or holidays the route was planned with changed

    def set_status(self, status: VisitStatus) -> None:
        ids = self._chosen_plans()
        if ids:
            self.runner.submit(lambda: self.visits.set_status(ids, status))

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
            self.runner.submit(lambda: self.visits.delete(ids))

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
        visits = self.visits

        def choose() -> tuple[dict[int, Any], list[str]]:
            return visits.choose_addresses(contact_ids, district, kinds, pinned_first)

        def done(made: list[int]) -> None:
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
