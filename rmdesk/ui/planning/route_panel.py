"""The day's route, beside the map: the stops in order (arrival, start, departure,
drive), the visits that do not fit and why, stops moved by hand, and the day sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.labels import holiday_name, reason_text
from rmdesk.planning.day import SheetLine
from rmdesk.planning.holidays import HolidaySchedule
from rmdesk.planning.route import DayRoute, move_stop
from rmdesk.ui.common.context import Context


class RoutePanel(QWidget):
    """`points_changed(points)` gives the map the route to draw (lat, lon, mark, name);
    `sheet_saved(path)` once a day sheet is written."""

    points_changed = Signal(list)
    sheet_saved = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planning = ctx.services.planning
        self.documents = ctx.services.documents
        self.runner = ctx.runner
        self.route: DayRoute | None = None
        self.schedules: dict[int, HolidaySchedule] = {}  # holidays entered with the book
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
        self.pdf.clicked.connect(lambda: self.save_day_sheet())
        self.unassigned = QListWidget()
        col = QVBoxLayout(self)
        col.addWidget(self.summary)
        col.addWidget(self.stops, 3)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.pdf):
            moves.addWidget(button)
        col.addLayout(moves)
        col.addWidget(QLabel(self.tr("Not planned")))
        col.addWidget(self.unassigned, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.route is not None and bool(self.route.stops)
        for button in (self.up, self.down, self.pdf):
            button.setEnabled(has)

    def show_route(self, route: DayRoute) -> None:
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
            item = QListWidgetItem(f"{u.visit.name}: {reason_text(u.reason, u.clashes_with)}")
            item.setData(Qt.ItemDataRole.UserRole, u.visit.contact_id)
            self.unassigned.addItem(item)
        lunch = (
            self.tr("Lunch {0}–{1}").format(
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
        self.points_changed.emit(points if route.stops else [])
        self._update_buttons()

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
        planning = self.planning
        self.runner.submit(
            lambda: planning.sheet_details(ids), lambda d: self._write_sheet(target, d)
        )

    def _write_sheet(self, path: str, details: dict[int, SheetLine]) -> None:
        from rmdesk.documents.day_sheet import day_sheet_document

        assert self.route is not None
        document = day_sheet_document(self.route, details, self.summary.text())
        documents = self.documents
        clients = len({s.visit.contact_id for s in self.route.stops})
        self.runner.submit(
            lambda: documents.save_pdf(Path(path), document, kind="day_sheet_pdf", clients=clients),
            lambda _p: self.sheet_saved.emit(path),
            lambda _e: self._sheet_failed(path),
        )

    def _sheet_failed(self, path: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Save the day sheet"),
            self.tr(
                "The day sheet could not be written to {0}. Check that the folder "
                "exists, that you may write there and that the disk has room."
            ).format(path),
        )
