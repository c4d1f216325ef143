"""Enter a year's official holidays and 调休 working days, for a year rmdesk's holiday
data does not cover yet (the State Council announces the next year each November)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.lunar import lunar_to_solar
from rmdesk.error_texts import error_text
from rmdesk.planning.holidays import HolidaySchedule, InvalidHolidaySchedule
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import qdate, to_date


def likely_schedule(year: int) -> list[tuple[str, dt.date, dt.date]]:
    """The seven statutory holidays where they usually fall, to correct against the
    announcement: 春节 from 除夕, the lunar ones on their days, the long weeks as usual."""
    spring = lunar_to_solar(year, 1, 1)
    dragon = lunar_to_solar(year, 5, 5)
    autumn = lunar_to_solar(year, 8, 15)
    return [
        ("元旦", dt.date(year, 1, 1), dt.date(year, 1, 1)),
        ("春节", spring - dt.timedelta(days=1), spring + dt.timedelta(days=6)),
        ("清明节", dt.date(year, 4, 4), dt.date(year, 4, 6)),
        ("劳动节", dt.date(year, 5, 1), dt.date(year, 5, 5)),
        ("端午节", dragon, dragon + dt.timedelta(days=2)),
        ("中秋节", autumn, autumn + dt.timedelta(days=2)),
        ("国庆节", dt.date(year, 10, 1), dt.date(year, 10, 7)),
    ]


class HolidaysDialog(QDialog):
    saved = Signal(int)  # the year

    def __init__(
        self,
        ctx: Context,
        year: int,
        known: HolidaySchedule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning, self.runner = ctx.services.planning, ctx.runner
        self.setWindowTitle(self.tr("Official holidays"))
        intro = QLabel(
            self.tr(
                "rmdesk's holiday data does not cover this year yet. Enter the schedule as "
                "the State Council announced it: each holiday's first and last day, and "
                "the weekend days worked in lieu (调休). The dates below are where the "
                "holidays usually fall — correct them against the announcement."
            )
        )
        intro.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(dt.date.today().year - 1, dt.date.today().year + 5)
        self.year.setValue(year)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Holiday"), self.tr("First day"), self.tr("Last day")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 170)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("Add a holiday"))
        add.clicked.connect(lambda: self._add_row("", dt.date(self.year.value(), 1, 1), None))
        remove = QPushButton(self.tr("Remove the selected"))
        remove.clicked.connect(self._remove_rows)
        self.workdays = QLineEdit()
        self.workdays.setPlaceholderText(self.tr("e.g. 2027-02-07, 2027-02-20"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        buttons = save_cancel(self, self.save)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(QLabel(self.tr("Weekend days worked in lieu (调休)")))
        layout.addWidget(self.workdays)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.year.valueChanged.connect(lambda _y: self._fill(None))
        self._fill(known)

    def _fill(self, known: HolidaySchedule | None) -> None:
        self.table.setRowCount(0)
        year = self.year.value()
        rows = (
            [(name, a, b) for a, b, name in known.holidays]
            if known is not None and known.year == year
            else likely_schedule(year)
        )
        for name, first, last in rows:
            self._add_row(name, first, last)
        self.workdays.setText(
            ", ".join(d.isoformat() for d in known.workdays)
            if known is not None and known.year == year
            else ""
        )

    def _add_row(self, name: str, first: dt.date, last: dt.date | None) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        for column, day in ((1, first), (2, last or first)):
            edit = QDateEdit(qdate(day))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            self.table.setCellWidget(row, column, edit)

    def _remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def schedule(self) -> tuple[HolidaySchedule | None, str]:
        """The schedule as entered, or a problem with the 调休 dates' text."""
        holidays = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            first, last = (self.table.cellWidget(row, c) for c in (1, 2))
            assert isinstance(first, QDateEdit) and isinstance(last, QDateEdit)
            holidays.append(
                (to_date(first.date()), to_date(last.date()), item.text().strip() if item else "")
            )
        days = []
        for part in self.workdays.text().replace("，", ",").replace("、", ",").split(","):
            if not part.strip():
                continue
            parsed = QDate.fromString(part.strip(), "yyyy-MM-dd")
            if not parsed.isValid():
                return None, self.tr("Not a date: {0} (write 2027-02-07)").format(part.strip())
            days.append(to_date(parsed))
        return HolidaySchedule(self.year.value(), tuple(holidays), tuple(days)), ""

    def save(self) -> None:
        schedule, problem = self.schedule()
        if schedule is None:
            self.problem.setText(problem)
            return
        planning = self.planning
        self.runner.submit(
            lambda: planning.save_holiday_schedule(schedule),
            lambda _r: self._saved(schedule),
            self._failed,
        )

    def _saved(self, schedule: HolidaySchedule) -> None:
        self.saved.emit(schedule.year)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, InvalidHolidaySchedule):
            self.problem.setText(error_text(error))
            return
        texts = {
            "no_name": self.tr("The holiday starting {0} has no name."),
            "ends_before_start": self.tr("{0} ends before it starts."),
            "other_year": self.tr("{0} is not in this year."),
            "weekday_in_lieu": self.tr("{0} is a weekday: only weekend days are worked in lieu."),
        }
        self.problem.setText(
            "\n".join(texts.get(code, "{0}").format(what) for code, what in error.problems)
        )


def first_unknown_year() -> int:
    """The first year (from this one, within three) the holiday data lacks; else next year."""
    from rmdesk.planning.holidays import HolidayDataMissing, day_kind

    today = dt.date.today()
    for candidate in range(today.year, today.year + 3):
        try:
            day_kind(dt.date(candidate, 12, 31))
        except HolidayDataMissing:
            return candidate
    return today.year + 1


def open_holidays(ctx: Context, year: int, parent: QWidget | None = None) -> HolidaysDialog:
    """The dialog for `year`, filled with what was entered before (read off-thread)."""
    dialog = HolidaysDialog(ctx, year, None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def fill(known: dict[int, HolidaySchedule]) -> None:
        if year in known:
            dialog._fill(known[year])

    ctx.runner.submit(ctx.services.planning.holiday_schedules, fill)
    dialog.open()
    return dialog
