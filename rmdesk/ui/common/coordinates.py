"""Where a place is: latitude and longitude as typed, pasted from a map app, or in the
system the map it was copied from uses — 高德 and 腾讯 draw in GCJ-02, 百度 in BD-09 —
converted to the WGS-84 rmdesk stores. A pair pasted into either field fills both."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from rmdesk.domain import contact as c
from rmdesk.domain.geo import parse_point
from rmdesk.planning.places import to_wgs84


class CoordinateEdit(QWidget):
    """Latitude, longitude and where they were copied from; `value()` is WGS-84."""

    changed = Signal()

    def __init__(
        self, lat: float | None = None, lon: float | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lat = QLineEdit("" if lat is None else f"{lat:.6f}")
        self.lat.setPlaceholderText(self.tr("Latitude"))
        self.lon = QLineEdit("" if lon is None else f"{lon:.6f}")
        self.lon.setPlaceholderText(self.tr("Longitude"))
        self.system = QComboBox()
        self.system.addItem(self.tr("GPS"), "wgs84")
        self.system.addItem(self.tr("from Amap / Tencent Maps"), "gcj02")
        self.system.addItem(self.tr("from Baidu Maps"), "bd09")
        self.system.setToolTip(
            self.tr(
                "Coordinates copied from Amap (高德) or Tencent Maps are shifted by about "
                "500 m, from Baidu Maps by about 1 km: say where you copied them from and "
                "rmdesk converts them. Paste “121.42,28.65” as the map gives it."
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.lat, 1)
        row.addWidget(self.lon, 1)
        row.addWidget(self.system)
        for edit in (self.lat, self.lon):
            edit.textChanged.connect(self._typed)
            # room for a whole coordinate such as 121.420512
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("-121.000000") + 12)
        self.system.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _typed(self, text: str) -> None:
        pair = parse_point(text)
        if pair is not None:  # "121.42,28.65" pasted into one field
            for edit, number in ((self.lat, pair[0]), (self.lon, pair[1])):
                edit.blockSignals(True)
                edit.setText(f"{number:.6f}")
                edit.blockSignals(False)
        self.changed.emit()

    def set_system(self, system: str) -> None:
        self.system.setCurrentIndex(max(0, self.system.findData(system)))

    def set_wgs84(self, lat: float, lon: float) -> None:
        """Show a point rmdesk found or the map gave (always WGS-84)."""
        self.set_system("wgs84")
        self.lat.setText(f"{lat:.6f}")
        self.lon.setText(f"{lon:.6f}")

    def value(self) -> tuple[float | None, float | None, str | None]:
        """(lat, lon) in WGS-84 and a problem code (None when fine); blanks are None."""
        numbers: list[float | None] = []
        problem = None
        for edit, code in ((self.lat, c.BAD_LATITUDE), (self.lon, c.BAD_LONGITUDE)):
            text = edit.text().strip().replace("，", ".")
            try:
                numbers.append(float(text) if text else None)
            except ValueError:
                numbers.append(None)
                problem = problem or code
        lat, lon = numbers
        if lat is not None and lon is not None and not problem:
            if not (-90 <= lat <= 90):
                return lat, lon, c.BAD_LATITUDE
            if not (-180 <= lon <= 180):
                return lat, lon, c.BAD_LONGITUDE
            lat, lon = to_wgs84(lat, lon, str(self.system.currentData()))
        return lat, lon, problem
