"""Pieces of the dossier form: its layouts and text boxes, a date that may be unknown,
a person, a job, a family event."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.dossier import FamilyEvent, Job, Person
from rmdesk.domain.kinds import Circle
from rmdesk.ui.common.forms import KindCombo
from rmdesk.ui.common.qdates import qdate, to_date

W = TypeVar("W", bound=QWidget)


def top_form(page: QWidget) -> QFormLayout:
    """A tab's form at the top of the tab: the room below stays below the last row."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def fixed_height(widget: W) -> W:
    """A row that keeps its height: spare room in a tab stays below the last row
    instead of opening gaps between them."""
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
    widget.setSizePolicy(policy)
    return widget


def text_box(value: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setMaximumHeight(height)
    return edit


class PersonRow(QWidget):
    """One person in the client's life."""

    def __init__(self, person: Person | None, names: dict[int, str]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.circle = KindCombo(Circle, None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, or a contact's id as #123"))
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("e.g. 父亲, 大学室友"))
        self.occupation = QLineEdit()
        self.occupation.setPlaceholderText(self.tr("Occupation"))
        self.closeness = QSpinBox()
        self.closeness.setRange(1, 5)
        self.closeness.setPrefix(self.tr("closeness "))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.deleteLater)
        if person is not None:
            self.circle.set_value(person.circle)
            if person.linked_id is not None:
                self.name.setText(f"#{person.linked_id} {names.get(person.linked_id, '')}".strip())
            else:
                self.name.setText(person.name)
            self.relation.setText(person.relation)
            self.occupation.setText(person.occupation)
            self.closeness.setValue(person.closeness)
        else:
            self.closeness.setValue(3)
        for column, widget in enumerate(
            (self.circle, self.name, self.relation, self.occupation, self.closeness, self.remove)
        ):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(1, 1)

    def value(self) -> Person:
        text = self.name.text().strip()
        linked = None
        if text.startswith("#"):
            head = text[1:].split(maxsplit=1)[0] if len(text) > 1 else ""
            if head.isdigit():
                linked = int(head)
                text = ""
        return Person(
            self.circle.value() or Circle.FRIEND,
            text,
            self.relation.text().strip(),
            self.occupation.text().strip(),
            self.closeness.value(),
            linked,
        )


class JobRow(QWidget):
    def __init__(self, job: Job | None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.employer = QLineEdit(job.employer if job else "")
        self.employer.setPlaceholderText(self.tr("Employer"))
        self.role = QLineEdit(job.role if job else "")
        self.role.setPlaceholderText(self.tr("Position"))
        self.years = QLineEdit(job.years if job else "")
        self.years.setPlaceholderText(self.tr("Years, e.g. 2005–2012"))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.deleteLater)
        row.addWidget(self.employer, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.years, 1)
        row.addWidget(remove)

    def value(self) -> Job:
        return Job(
            self.employer.text().strip(), self.role.text().strip(), self.years.text().strip()
        )


def date_edit(day: dt.date | None) -> QDateEdit:
    edit = QDateEdit(qdate(day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OptionalDate(QWidget):
    """A date that may not be known: "known" ticked, then the day."""

    def __init__(self, day: dt.date | None) -> None:
        super().__init__()
        self.known = QCheckBox(self.tr("known"))
        self.date = date_edit(day)
        self.known.setChecked(day is not None)
        self.date.setEnabled(day is not None)
        self.known.toggled.connect(self.date.setEnabled)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.known)
        line.addWidget(self.date, 1)
        fixed_height(self)

    def value(self) -> dt.date | None:
        return to_date(self.date.date()) if self.known.isChecked() else None


class FamilyEventRow(QWidget):
    def __init__(self, event: FamilyEvent | None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = date_edit(event.day if event else None)
        self.what = QLineEdit(event.what if event else "")
        self.what.setMaxLength(200)
        self.what.setPlaceholderText(self.tr("e.g. 儿子高考, 女儿出嫁, 母亲八十大寿"))
        self.yearly = QCheckBox(self.tr("every year"))
        self.yearly.setChecked(bool(event and event.yearly))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.deleteLater)
        row.addWidget(self.day)
        row.addWidget(self.what, 1)
        row.addWidget(self.yearly)
        row.addWidget(remove)

    def value(self) -> FamilyEvent:
        return FamilyEvent(
            to_date(self.day.date()), self.what.text().strip(), self.yearly.isChecked()
        )
