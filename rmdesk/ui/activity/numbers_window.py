"""The numbers: how the RM's work is going over a period — calls per day with the
success rate, visits per week, the stage funnel, objections by kind and by cause, and
referrals per introducer. Qt Charts; each chart saves as a PNG.

The figures come from `ActivityService.report` (the same as `rmdesk report --json`);
`chart_data` turns them into the labelled series each chart draws.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.activity import Report
from rmdesk.domain.kinds import CallOutcome, ObjectionCause, ObjectionKind, Stage
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.services.events import ActivityChanged, Change, ContactsChanged
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import qdate, to_date

REFERRERS_SHOWN = 10
LABELLED_BARS = 14  # beyond this, a bar chart names its span instead of each bar


@dataclass(frozen=True)
class Series:
    """One chart's data: category labels and one or two value rows."""

    categories: tuple[str, ...]
    values: tuple[float, ...]
    second: tuple[float, ...] = ()  # calls: the success rate per day, in percent


def chart_data(report: Report) -> dict[str, Series]:
    """The series of every chart, by name, with labels in the UI language."""
    days = list(report.calls_per_day)
    made = [sum(report.calls_per_day[d].values()) for d in days]
    booked = [report.calls_per_day[d].get(CallOutcome.BOOKED.value, 0) for d in days]
    referrers = list(report.referrals_by_introducer.items())[:REFERRERS_SHOWN]
    return {
        "calls": Series(
            tuple(f"{d:%m-%d}" for d in days),
            tuple(float(n) for n in made),
            tuple(100 * b / n if n else 0.0 for b, n in zip(booked, made, strict=True)),
        ),
        "visits": Series(
            tuple(week.split("-")[-1] for week in report.visits_per_week),  # "W49"
            tuple(float(n) for n in report.visits_per_week.values()),
        ),
        "funnel": Series(
            tuple(label(s) for s in Stage),
            tuple(float(report.stages.get(s.value, 0)) for s in Stage),
        ),
        "objection_kinds": Series(
            tuple(label(k) for k in ObjectionKind),
            tuple(float(report.objections_by_kind.get(k.value, 0)) for k in ObjectionKind),
        ),
        "objection_causes": Series(
            tuple(label(c) for c in ObjectionCause),
            tuple(float(report.objections_by_cause.get(c.value, 0)) for c in ObjectionCause),
        ),
        "referrals": Series(
            tuple(name for name, _n in referrers), tuple(float(n) for _name, n in referrers)
        ),
    }


def _bars(title: str, data: Series, empty: str, horizontal: bool = False, rate: str = "") -> QChart:
    chart = QChart()
    chart.setTitle(title if any(data.values) else f"{title} — {empty}")
    chart.legend().setVisible(bool(rate))
    bars = QBarSet(title)
    bars.append(list(data.values))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(data.categories) or [""])
    values = QValueAxis()
    top = max(data.values, default=0.0)
    if top < 5:  # whole numbers on the axis, even for a handful
        values.setRange(0, 5)
        values.setTickCount(6)
    else:
        values.setRange(0, top)
        values.applyNiceNumbers()
    values.setLabelFormat("%d")
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)
    if len(data.categories) > LABELLED_BARS and not horizontal:
        categories.setLabelsVisible(False)  # too many to read: the span instead
        categories.setTitleText(f"{data.categories[0]} – {data.categories[-1]}")
    if rate:  # the success rate per day, on its own axis
        line = QLineSeries()
        line.setName(rate)
        for n, value in enumerate(data.second):
            line.append(QPointF(n, value))
        chart.addSeries(line)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(categories)
        line.attachAxis(percent)
    return chart


class NumbersWindow(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.activity = ctx.services.activity
        self.documents = ctx.services.documents
        self.runner = ctx.runner
        self.report: Report | None = None
        self.setWindowTitle(self.tr("The numbers"))
        self.resize(1300, 760)
        today = dt.date.today()
        self.start = QDateEdit(qdate(today - dt.timedelta(days=27)))
        self.end = QDateEdit(qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.period = QComboBox()
        for text, days in (
            (self.tr("Last 4 weeks"), 27),
            (self.tr("Last 3 months"), 90),
            (self.tr("Last 12 months"), 364),
        ):
            self.period.addItem(text, days)
        self.period.activated.connect(self._preset)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(self.summary, 1)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        for n, name in enumerate(
            ("calls", "visits", "funnel", "objection_kinds", "objection_causes", "referrals")
        ):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            save = QPushButton(self.tr("Save as PNG…"))
            save.clicked.connect(lambda _c=False, chart=name: self.ask_png(chart))
            cell = QVBoxLayout()
            cell.addWidget(view, 1)
            cell.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
            grid.addLayout(cell, n // 3, n % 3)
            self.views[name] = view
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        # A visit logged with a new stage announces two changes: one report for both.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.refresh)
        ctx.changes.changed.connect(self._on_change)
        self.refresh()

    def _preset(self, index: int) -> None:
        days = int(self.period.itemData(index))
        end = dt.date.today()
        self.end.setDate(qdate(end))
        self.start.setDate(qdate(end - dt.timedelta(days=days)))

    def chosen(self) -> tuple[dt.date, dt.date]:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        start, end = self.chosen()
        activity = self.activity
        self.runner.submit(lambda: activity.report(start, end), self._show, self._failed)

    def _show(self, report: Report) -> None:
        if (report.start, report.end) != self.chosen():
            return  # another period was chosen meanwhile
        self.report = report
        data = chart_data(report)
        rate, none = self.tr("Success rate"), self.tr("none in this period")
        charts = {
            "calls": _bars(self.tr("Calls per day"), data["calls"], none, rate=rate),
            "visits": _bars(self.tr("Visits per week"), data["visits"], none),
            "funnel": _bars(
                self.tr("Clients at each stage"), data["funnel"], none, horizontal=True
            ),
            "objection_kinds": _bars(self.tr("Objections by kind"), data["objection_kinds"], none),
            "objection_causes": _bars(
                self.tr("Objections by cause"), data["objection_causes"], none
            ),
            "referrals": _bars(
                self.tr("Referrals per introducer"), data["referrals"], none, horizontal=True
            ),
        }
        for name, chart in charts.items():
            old = self.views[name].chart()
            self.views[name].setChart(chart)
            if old is not None:
                old.deleteLater()
        self.summary.setText(
            self.tr("{0} calls, {1:.0%} booked · {2} visits · {3} objections open").format(
                report.calls_made,
                report.success_rate,
                report.visits_logged,
                report.objections_open,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))

    def _on_change(self, event: Change) -> None:
        if isinstance(event, ActivityChanged | ContactsChanged):
            self._soon.start(0)

    def save_png(self, chart: str, path: Path) -> None:
        """The chart as drawn, written private to the user; OSError if that fails."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.views[chart].grab().save(buffer, "PNG")
        buffer.close()
        # The charts name introducers (the referrals chart): counted as the clients shown.
        named = len(self.report.referrals_by_introducer) if self.report else 0
        self.documents.save_image(path, bytes(data.data()), clients=named)

    def ask_png(self, chart: str) -> None:
        start, end = self.chosen()
        suggested = f"rmdesk-{chart}-{start:%Y%m%d}-{end:%Y%m%d}.png"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), suggested, self.tr("PNG image (*.png)")
        )
        if not path:
            return
        try:
            self.save_png(chart, Path(path))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save the chart"),
                self.tr("The chart could not be written to {0} ({1}). Check the folder and "
                        "the disk; nothing else was changed.").format(path, exc.strerror or exc),
            )  # fmt: skip
