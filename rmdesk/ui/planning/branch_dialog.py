"""The branch (where every day starts and ends) and the rules of a working day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from rmdesk.domain.visit import Branch, branch_problems
from rmdesk.error_texts import error_text
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.coordinates import CoordinateEdit
from rmdesk.ui.common.forms import ProblemLabel
from rmdesk.ui.common.qdates import qtime, to_time

if TYPE_CHECKING:
    from rmdesk.planning.geocode import Found


def _time_edit(t: dt.time) -> QTimeEdit:
    edit = QTimeEdit(qtime(t))
    edit.setDisplayFormat("HH:mm")
    return edit


def _pair(a: QWidget, b: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(a)
    row.addWidget(b)
    return box


class BranchDialog(QDialog):
    saved = Signal()
    pick_requested = Signal()  # the user wants to click the branch on the map

    def __init__(
        self,
        ctx: Context,
        branch: Branch,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.visits = ctx.services.planning
        self.runner = ctx.runner
        self._network = ctx.network  # the geocoder waits on the network there
        self._geocoder_url = ctx.prefs.geocoder_url
        self.branch = branch
        self.setWindowTitle(self.tr("Branch and working day"))
        self.name = QLineEdit(branch.name)
        self.name.setPlaceholderText(self.tr("e.g. 台州椒江支行"))
        self.address = QLineEdit(branch.address)
        self.point = CoordinateEdit(branch.lat, branch.lon)
        self.lat, self.lon = self.point.lat, self.point.lon
        self.place_problem = ProblemLabel()
        self.work_start, self.work_end = _time_edit(branch.work_start), _time_edit(branch.work_end)
        self.lunch_first = _time_edit(branch.lunch_earliest)
        self.lunch_last = _time_edit(branch.lunch_latest_end)
        self.lunch_min = QSpinBox()
        self.lunch_min.setRange(0, 180)
        self.lunch_min.setSuffix(self.tr(" min"))
        self.lunch_min.setValue(branch.lunch_min)
        self.hours_problem = ProblemLabel()
        self.detour = QDoubleSpinBox()
        self.detour.setRange(1.0, 3.0)
        self.detour.setSingleStep(0.1)
        self.detour.setValue(branch.detour)
        self.detour.setToolTip(
            self.tr(
                "How much longer the roads are than a straight line: "
                "1.4 means a 10 km hop is driven as 14 km"
            )
        )
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5.0, 120.0)
        self.speed.setSuffix(self.tr(" km/h"))
        self.speed.setValue(branch.speed_kmh)
        self.osrm = QLineEdit(branch.osrm_url)
        self.osrm.setPlaceholderText(
            self.tr(
                "Optional: your bank's road-routing server, if it runs one (OSRM), e.g. http://10.0.0.5:5000"
            )
        )
        buttons = save_cancel(self, self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        self.pick_button = QPushButton(self.tr("Pick on the map"))
        self.pick_button.clicked.connect(self.pick_requested)
        self.find_button = QPushButton(self.tr("Find the address"))
        self.find_button.setToolTip(self.tr("With the geocoder set in Settings"))
        self.find_button.clicked.connect(self.find_address)
        where = QWidget()
        where_line = QHBoxLayout(where)
        where_line.setContentsMargins(0, 0, 0, 0)
        where_line.addWidget(self.point, 1)
        where_line.addWidget(self.find_button)
        where_line.addWidget(self.pick_button)
        form.addRow(self.tr("Location"), where)
        form.addRow("", self.place_problem)
        form.addRow(self.tr("Working hours"), _pair(self.work_start, self.work_end))
        form.addRow(self.tr("Lunch within"), _pair(self.lunch_first, self.lunch_last))
        form.addRow(self.tr("Lunch length"), self.lunch_min)
        form.addRow("", self.hours_problem)
        form.addRow(self.tr("Roads vs. straight line"), self.detour)
        form.addRow(self.tr("Average speed"), self.speed)
        form.addRow(self.tr("Road-routing server"), self.osrm)
        form.addRow(buttons)

    def find_address(self) -> None:
        """The branch's address looked up with the geocoder the user set up."""
        address = self.address.text().strip()
        if not address:
            return
        url = self._geocoder_url

        def done(found: list[Found] | None) -> None:
            if found:
                self.point.set_wgs84(found[0].lat, found[0].lon)
                return
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "No geocoder is set up: give an AMap key in Settings, or pick the place "
                    "on the map."
                )
                if found is None
                else self.tr("The geocoder knows no such address."),
            )

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))

        planning = self.visits
        self._network.submit(lambda: planning.find_address(address, url), done, failed)

    def draft(self) -> tuple[Branch, dict[str, str]]:
        problems: dict[str, str] = {}
        lat, lon, problem = self.point.value()
        if problem:
            problems["place"] = problem
        elif (lat is None) != (lon is None):
            problems["place"] = "half_coordinates"
        elif lat is not None and not -90 <= lat <= 90:
            problems["place"] = "bad_latitude"
        elif lon is not None and not -180 <= lon <= 180:
            problems["place"] = "bad_longitude"
        branch = dataclasses.replace(
            self.branch,
            name=self.name.text().strip(),
            address=self.address.text().strip(),
            lat=lat,
            lon=lon,
            work_start=to_time(self.work_start.time()),
            work_end=to_time(self.work_end.time()),
            lunch_earliest=to_time(self.lunch_first.time()),
            lunch_latest_end=to_time(self.lunch_last.time()),
            lunch_min=self.lunch_min.value(),
            detour=self.detour.value(),
            speed_kmh=self.speed.value(),
            osrm_url=self.osrm.text().strip(),
        )
        rules = branch_problems(branch)  # the same rules as `rmdesk branch`
        if "hours" in rules or "lunch" in rules:
            problems["hours"] = "bad_window"
        return branch, problems

    def save(self) -> None:
        branch, problems = self.draft()
        self.place_problem.show_problem(problems.get("place"))
        self.hours_problem.show_problem(problems.get("hours"))
        if problems:
            return
        self.runner.submit(lambda: self.visits.set_branch(branch), self._saved, self._failed)

    def _saved(self, _none: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
