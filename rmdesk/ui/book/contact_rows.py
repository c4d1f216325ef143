"""The contact form's repeated rows: a phone, an address (with its place)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from rmdesk.domain.contact import Address, Phone
from rmdesk.domain.kinds import AddressKind, PhoneLabel
from rmdesk.domain.phones import display_phone
from rmdesk.labels import label
from rmdesk.planning.places import district_in
from rmdesk.ui.common.coordinates import CoordinateEdit
from rmdesk.ui.common.forms import KindCombo, ProblemLabel


class PhoneRow(QWidget):
    def __init__(self, phone: Phone | None, on_change: Callable[[], object]) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = KindCombo(PhoneLabel, None)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 138 0013 8000 or 0576-88123456"))
        self.problem = ProblemLabel()
        if phone is not None:
            self.label.set_value(phone.label)
            self.number.setText(display_phone(phone.number, self.tr("ext. ")))
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.number, 0, 1)
        layout.addWidget(self.problem, 1, 1)
        layout.setColumnStretch(1, 1)
        self.number.textChanged.connect(on_change)
        self.label.currentIndexChanged.connect(on_change)

    def value(self) -> Phone:
        return Phone(self.label.value() or PhoneLabel.OTHER, self.number.text())


class AddressRow(QWidget):
    find_requested = Signal(object)  # this row: find its address's place

    def __init__(
        self, kind: AddressKind, address: Address | None, on_change: Callable[[], object]
    ) -> None:
        super().__init__()
        self.kind = kind
        form = QGridLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("District, e.g. 椒江区"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Address, e.g. 台州市椒江区市府大道1号"))
        self.point = CoordinateEdit(
            address.lat if address else None, address.lon if address else None
        )
        self.problem = ProblemLabel()
        self._keep = address
        self._region = (address.province, address.city) if address else ("", "")
        if address is not None:
            self.district.setText(address.district)
            self.text.setText(address.text)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setToolTip(
            self.tr(
                "Find this address's place: with the geocoder set in Settings, else its district"
            )
        )
        self.find_button.clicked.connect(lambda: self.find_requested.emit(self))
        form.addWidget(QLabel(label(kind)), 0, 0)
        form.addWidget(self.district, 0, 1)
        form.addWidget(self.text, 0, 2, 1, 2)
        form.addWidget(self.find_button, 0, 4)
        form.addWidget(self.point, 1, 1, 1, 3)
        form.addWidget(self.problem, 2, 1, 1, 3)
        form.setColumnStretch(2, 1)
        for edit in (self.district, self.text):
            edit.textChanged.connect(on_change)
        self.point.changed.connect(on_change)
        self.text.editingFinished.connect(self.find_district)

    def find_district(self) -> None:
        """The district an address names, from the offline gazetteer, when none is given:
        the client then appears at its centre on the map until pinned exactly."""
        if self.district.text().strip() or not self.text.text().strip():
            return
        found = district_in(self.text.text())
        if found is not None:
            province, city, district = found
            self._region = (province, city)
            self.district.setText(district)

    def value(self) -> tuple[Address, str | None]:
        """The address (coordinates in WGS-84) and a problem with them, if any."""
        lat, lon, problem = self.point.value()
        return (
            Address(
                self.kind,
                self.text.text(),
                self._region[0],
                self._region[1],
                self.district.text(),
                lat,
                lon,
            ),
            problem,
        )
