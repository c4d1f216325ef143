"""The map and the day's route: one page of the main window.

Left, the map of the contacts the book currently lists; right, a day: its route in
order (arrival, start, departure, travel), the visits that do not fit and why, stops
moved by hand, and the printable day sheet.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPdfWriter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rmdesk.mapping.data import contacts_in_area, marker_records, place_contact
from rmdesk.mapping.page import Tiles
from rmdesk.planning.route import DayRoute, Reason, move_stop
from rmdesk.store.database import Store
from rmdesk.ui.map_view import MapView
from rmdesk.ui.tasks import TaskRunner


class PlanPage(QWidget):
    open_contact = Signal(int)
    show_area_in_book = Signal(list)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        tiles: Tiles,
        current_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._current_ids = current_ids
        self.route: DayRoute | None = None
        self.area: list[int] = []

        self.map = MapView(runner, tiles, self)
        self.map.contact_chosen.connect(self.open_contact)
        self.map.contact_placed.connect(self._place)
        self.map.area_selected.connect(self._on_area)
        self.map.ready.connect(self.refresh_markers)

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

        side = QWidget()
        col = QVBoxLayout(side)
        row = QHBoxLayout()
        row.addWidget(self.day, 1)
        row.addWidget(self.plan_button)
        col.addLayout(row)
        col.addWidget(self.summary)
        col.addWidget(self.stops, 3)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.pdf):
            moves.addWidget(button)
        col.addLayout(moves)
        col.addWidget(QLabel(self.tr("Not planned")))
        col.addWidget(self.unassigned, 1)
        col.addWidget(self.area_label)
        col.addWidget(self.area_in_book)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def reason_text(self, reason: Reason, clashes: tuple[str, ...]) -> str:
        if reason is Reason.NO_LOCATION:
            return self.tr("no location: pin the client on the map")
        if reason is Reason.OUTSIDE_HOURS:
            return self.tr("outside working hours")
        if reason is Reason.TOO_FAR:
            return self.tr("too far to go and come back within the day")
        if reason is Reason.CLASH:
            return self.tr("clashes with {0}").format("、".join(clashes))
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

    def start_placing(self, contact_id: int) -> None:
        self.map.start_placing(contact_id)

    def _place(self, contact_id: int, lat: float, lon: float) -> None:
        def done(_located: Any) -> None:
            self.map.move_marker(contact_id, lat, lon)
            self.map.start_placing(None)
            self.map.status.setText(self.tr("Client placed."))

        self.runner.submit(lambda: place_contact(self.store, contact_id, lat, lon), done)

    def _stop_modes(self) -> None:
        self.map.start_placing(None)
        self.map.select(None)
        for action in (self.map.select_rect, self.map.select_lasso):
            action.setChecked(False)

    # -- the day ----------------------------------------------------------------------

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def plan(self) -> None:
        from rmdesk.planning.day import plan_day

        day = self.chosen_day()
        self.plan_button.setEnabled(False)
        self.runner.submit(
            lambda: plan_day(self.store, day, save=True), self.show_route, self._plan_failed
        )

    def _plan_failed(self, error: BaseException) -> None:
        self.plan_button.setEnabled(True)
        from rmdesk.ui import labels

        QMessageBox.warning(self, self.tr("Plan the day"), labels.error_text(error))

    def show_route(self, route: DayRoute) -> None:
        self.plan_button.setEnabled(True)
        self.route = route
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
        self.summary.setText(summary)
        b = route.branch
        points: list[tuple[float, float, str, str]] = []
        if b.lat is not None and b.lon is not None:
            points.append((b.lat, b.lon, "⌂", b.name))
            for n, s in enumerate(route.stops, start=1):
                if s.visit.point:
                    points.append((*s.visit.point, str(n), s.visit.name))
            points.append((b.lat, b.lon, "⌂", b.name))
        self.map.show_route(points if route.stops else [])
        self._update_buttons()

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

    # -- the day sheet ----------------------------------------------------------------

    def day_sheet_html(self) -> str:
        assert self.route is not None
        r = self.route
        e = html.escape
        rows = "".join(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                n,
                s.arrive.strftime("%H:%M"),
                f"{s.start:%H:%M}–{s.depart:%H:%M}",
                e(s.visit.name),
                self.tr("appointment") if s.visit.fixed else self.tr("flexible"),
                f"{s.leg_km:.1f} km",
            )
            for n, s in enumerate(r.stops, start=1)
        )
        left = "".join(
            f"<li>{e(u.visit.name)}: {e(self.reason_text(u.reason, u.clashes_with))}</li>"
            for u in r.unassigned
        )
        head = "".join(
            f"<th>{e(t)}</th>"
            for t in (
                "#",
                self.tr("Arrive"),
                self.tr("Visit"),
                self.tr("Client"),
                self.tr("Kind"),
                self.tr("Drive"),
            )
        )
        title = self.tr("Day sheet {0}").format(r.day.isoformat())
        summary = e(self.summary.text())
        out = f"<h2>{e(title)}</h2><p>{e(r.branch.name)} — {summary}</p>"
        out += f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
        if left:
            heading = e(self.tr("Not planned"))
            out += f"<h3>{heading}</h3><ul>{left}</ul>"
        return out

    def save_day_sheet(self, path: str | None = None) -> str | None:
        if self.route is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the day sheet"),
                f"rmdesk-{self.route.day.isoformat()}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        doc = QTextDocument()
        doc.setHtml(self.day_sheet_html())
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(self.tr("Day sheet {0}").format(self.route.day.isoformat()))
        doc.print_(writer)
        del writer
        return path
