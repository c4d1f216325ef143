"""The embedded map: folium's page in Qt WebEngine, driven through JavaScript, talking
back through QWebChannel.

All coordinates leave and enter this widget as WGS-84; `Frame` converts for AMap's
GCJ-02 tiles. Database work goes through the TaskRunner like everywhere else.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir
from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QVBoxLayout, QWidget

from rmdesk import labels
from rmdesk.domain.kinds import Stage, TieKind
from rmdesk.mapping.data import Frame
from rmdesk.mapping.page import Tiles
from rmdesk.ui.common.tasks import TaskRunner

STAGE_COLOURS = (
    "#9b59b6", "#3498db", "#1abc9c", "#27ae60", "#f1c40f", "#e67e22", "#e74c3c", "#c0392b",
)  # fmt: skip
TIE_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)  # fmt: skip


PICK = 0  # the "contact id" of a place being picked: no contact has id 0


class Bridge(QObject):
    """The page's way back into Python (registered as "bridge")."""

    page_ready = Signal()
    clicked = Signal(float, float)
    placed = Signal(int, float, float)
    open_contact = Signal(int)
    log_visit = Signal(int)
    area = Signal(list, str)
    tiles_failed = Signal()

    @Slot()
    def ready(self) -> None:
        self.page_ready.emit()

    @Slot()
    def tilesFailed(self) -> None:
        self.tiles_failed.emit()

    @Slot(float, float)
    def mapClicked(self, lat: float, lon: float) -> None:
        self.clicked.emit(lat, lon)

    @Slot(int, float, float)
    def placedAt(self, contact_id: int, lat: float, lon: float) -> None:
        self.placed.emit(contact_id, lat, lon)

    @Slot(int)
    def openContact(self, contact_id: int) -> None:
        self.open_contact.emit(contact_id)

    @Slot(int)
    def logVisit(self, contact_id: int) -> None:
        self.log_visit.emit(contact_id)

    @Slot(str, str)
    def areaSelected(self, ring: str, mode: str) -> None:
        try:
            points = [(float(a), float(b)) for a, b in json.loads(ring)]
        except (ValueError, TypeError):
            return
        self.area.emit(points, mode)


class MapView(QWidget):
    """The map with its toolbar. Signals carry WGS-84 coordinates."""

    ready = Signal()
    contact_chosen = Signal(int)  # "open in book" in a popup
    log_requested = Signal(int)  # "log a visit" in a popup
    contact_placed = Signal(int, float, float)  # a pin dropped or the map clicked to place
    area_selected = Signal(list)  # ring of (lat, lon)
    map_clicked = Signal(float, float)
    tiles_failed = Signal()  # the provider's tiles do not load (offline, blocked)
    tiles_chosen = Signal(str)  # the user switched the base map from the map itself

    def __init__(self, runner: TaskRunner, tiles: Tiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.tiles = tiles
        self.frame = Frame(gcj02=tiles.gcj02)
        self.loaded = False
        self._pending: list[str] = []
        self.placing: int | None = None
        self._pick: tuple[Callable[[float, float], None], Callable[[], None]] | None = None

        self.view = QWebEngineView(self)
        self.page = QWebEnginePage(self.view)
        self.view.setPage(self.page)
        self.bridge = Bridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.bridge.page_ready.connect(self._on_ready)
        self.bridge.clicked.connect(self._on_click)
        self.bridge.placed.connect(self._on_placed)
        self.bridge.open_contact.connect(self.contact_chosen)
        self.bridge.log_visit.connect(self.log_requested)
        self.bridge.area.connect(self._on_area)
        self.bridge.tiles_failed.connect(self._on_tiles_failed)

        self.toolbar = QToolBar(self)
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("Colour by stage"), "stage")
        self.colour_by.addItem(self.tr("Colour by tie"), "tie")
        self.colour_by.currentIndexChanged.connect(
            lambda _i: self.run(f"rmdeskMap.colourBy({json.dumps(self.colour_by.currentData())})")
        )
        self.toolbar.addWidget(self.colour_by)
        self.toolbar.addSeparator()
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.select_rect = QAction(self.tr("Select a rectangle"), self)
        self.select_rect.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.select_lasso = QAction(self.tr("Select a free shape"), self)
        self.select_lasso.setShortcut(QKeySequence("Ctrl+Shift+L"))
        for action, mode in ((self.select_rect, "rect"), (self.select_lasso, "lasso")):
            action.setCheckable(True)
            group.addAction(action)
            action.toggled.connect(lambda on, m=mode: self.select(m if on else None))
            self.toolbar.addAction(action)
        self.status = QLabel()
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.status)
        # Offered when the tiles do not load.
        self.use_amap = QAction(self.tr("Use the AMap (高德) base map"), self)
        self.use_none = QAction(self.tr("Use no base map"), self)
        for action, choice in ((self.use_amap, Tiles.AMAP), (self.use_none, Tiles.NONE)):
            action.setVisible(False)
            action.triggered.connect(lambda _c=False, t=choice: self.choose_tiles(t))
            self.toolbar.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self._load_page()

    # -- the page ---------------------------------------------------------------------

    def set_tiles(self, tiles: Tiles) -> None:
        """Switch the tile provider: the page is rebuilt, `ready` fires again, and the
        owner sends its markers and route anew."""
        if tiles is self.tiles:
            return
        self.tiles = tiles
        self.frame = Frame(gcj02=tiles.gcj02)
        self.loaded = False
        self._pending.clear()
        self._load_page()

    def _load_page(self) -> None:
        from rmdesk.mapping.page import write_page

        # The page is a local file; Chromium lets it fetch remote resources (the tiles)
        # only with this on. Offline mode keeps it off: then nothing can leave.
        settings = self.page.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
            self.tiles is not Tiles.NONE,
        )
        # Said explicitly: with remote access on, the page's own file:// scripts
        # (Leaflet, our map script) were otherwise refused.
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)

        notice = ""
        if self.tiles is Tiles.NONE:
            notice = self.tr(
                "No map tiles (offline mode): clients are placed by their coordinates on a "
                "plain background. Choose a tile provider in Settings to see streets."
            )
        folder = Path(user_cache_dir("rmdesk", appauthor=False)) / "map"
        path = write_page(folder, self.tiles, notice=notice)
        self.view.load(QUrl.fromLocalFile(str(path)))

    def _on_tiles_failed(self) -> None:
        """Say why the map is grey, and what to do, in the toolbar."""
        self.status.setText(
            self.tr(
                "The map tiles did not load (no network, or the provider cannot be "
                "reached). Clients are still placed by their coordinates."
            )
        )
        self.use_amap.setVisible(self.tiles is not Tiles.AMAP)
        self.use_none.setVisible(True)
        self.tiles_failed.emit()

    def choose_tiles(self, tiles: Tiles) -> None:
        """Switch the base map from the map's own offer; the owner keeps the choice."""
        self.use_amap.setVisible(False)
        self.use_none.setVisible(False)
        self.status.clear()
        self.set_tiles(tiles)
        self.tiles_chosen.emit(tiles.value)

    def _on_ready(self) -> None:
        self.loaded = True
        legend = {
            "stage": {
                stage.value: [STAGE_COLOURS[n], labels.label(stage)]
                for n, stage in enumerate(Stage)
            },
            "tie": {
                kind.value: [TIE_COLOURS[n], labels.label(kind)] for n, kind in enumerate(TieKind)
            },
        }
        texts = {
            "open": self.tr("Open in book"),
            "log": self.tr("Log a visit"),
            "next": self.tr("Next visit"),
            "approx": self.tr("Approximate: district centre"),
            "here": self.tr("{0} clients at this point"),
        }
        legend["stage"][""] = ["#7f8c8d", self.tr("No stage yet")]
        legend["tie"][""] = ["#7f8c8d", self.tr("No tie yet")]
        self.run(f"rmdeskMap.setLegend({json.dumps(legend)}, {json.dumps(texts)})")
        pending, self._pending = self._pending, []
        for script in pending:
            self.run(script)
        self.ready.emit()

    def run(self, script: str, callback: Any = None) -> None:
        """Run JavaScript once the page is ready (queued until then)."""
        if not self.loaded:
            self._pending.append(script)
            return
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)

    # -- what Python asks of the page -------------------------------------------------

    def show_contacts(self, records: Sequence[Sequence[Any]], fit: bool = True) -> None:
        """Markers from `mapping.data.marker_records` (already in map coordinates)."""
        self.status.setText(self.tr("%n client(s) on the map", "", len(records)))
        self.run(
            f"rmdeskMap.setMarkers({json.dumps(list(records), ensure_ascii=False)}, "
            f"{json.dumps(fit)})"
        )

    def centre_on(self, contact_id: int) -> None:
        self.run(f"rmdeskMap.centre({int(contact_id)})")

    def show_route(self, stops: Sequence[tuple[float, float, str, str]]) -> None:
        """(lat, lon, label, title) in WGS-84, branch first and last."""
        points = [[*self.frame.to_map(lat, lon), label, title] for lat, lon, label, title in stops]
        self.run(f"rmdeskMap.setRoute({json.dumps(points, ensure_ascii=False)})")

    def select(self, mode: str | None) -> None:
        self.run(f"rmdeskMap.select({json.dumps(mode)})")

    def pick_point(
        self, picked: Callable[[float, float], None], cancelled: Callable[[], None]
    ) -> None:
        """Let the user click a place (a visit's, the branch's): `picked(lat, lon)` in
        WGS-84, or `cancelled()` when Esc or another mode ends it."""
        self.start_placing(None)
        self._pick = (picked, cancelled)
        self.placing = PICK
        self.run(f"rmdeskMap.place({PICK})")
        self.status.setText(self.tr("Click the map where the visit takes place. Esc stops."))

    def start_placing(
        self, contact_id: int | None, near: tuple[float, float] | None = None
    ) -> None:
        """Let the user drop a pin for a contact: drag its marker or click the map."""
        pick, self._pick = self._pick, None
        if pick is not None:
            pick[1]()  # a pending pick ends unpicked
        self.placing = contact_id
        if contact_id is None:
            self.run("rmdeskMap.place(null)")
            return
        lat, lon = self.frame.to_map(*near) if near else (None, None)
        self.run(f"rmdeskMap.place({int(contact_id)}, {json.dumps(lat)}, {json.dumps(lon)})")
        self.status.setText(
            self.tr("Click the map or drag the pin to place the client. Esc stops.")
        )

    def move_marker(self, contact_id: int, lat: float, lon: float) -> None:
        mlat, mlon = self.frame.to_map(lat, lon)
        self.run(f"rmdeskMap.moveMarker({int(contact_id)}, {mlat}, {mlon}, false)")

    # -- what the page tells Python ---------------------------------------------------

    def _on_click(self, lat: float, lon: float) -> None:
        self.map_clicked.emit(*self.frame.from_map(lat, lon))

    def _on_placed(self, contact_id: int, lat: float, lon: float) -> None:
        point = self.frame.from_map(lat, lon)
        if contact_id == PICK and self._pick is not None:
            picked, self._pick = self._pick[0], None
            self.placing = None
            self.run("rmdeskMap.place(null)")
            self.status.clear()
            picked(*point)
            return
        self.contact_placed.emit(contact_id, *point)

    def _on_area(self, ring: list[tuple[float, float]], _mode: str) -> None:
        for action in (self.select_rect, self.select_lasso):
            action.setChecked(False)
        self.area_selected.emit([self.frame.from_map(lat, lon) for lat, lon in ring])
