"""The map page: folium renders it, Qt WebEngine shows it (ui/map_view.py).

Everything the page loads is local: Leaflet and jQuery come from the installed xstatic
packages (file:// links), QWebChannel from Qt's resources (qrc:), our
own script and style from resources/map/. Only map tiles come from the network, and only
from the provider the user chose; in the no-tiles mode nothing does.

The page holds no client data: markers arrive through `rmdeskMap.setMarkers` after it
has loaded, so the file written to the cache never contains a name. The page gathers
them into clusters itself, for the visible area only (resources/map/rmdesk-map.js).
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from rmdesk.resources import resource_dir


class Tiles(str, Enum):
    OSM = "osm"  # OpenStreetMap, WGS-84
    AMAP = "amap"  # 高德 AMap, drawn in GCJ-02
    NONE = "none"  # offline: a plain background, markers still placed by coordinates

    @property
    def gcj02(self) -> bool:
        return self is Tiles.AMAP


OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
AMAP_URL = (
    "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8"
    "&x={x}&y={y}&z={z}"
)
AMAP_ATTR = "&copy; 高德地图 AutoNavi"
MAX_ZOOM = 18


def _uri(path: str | Path) -> str:
    return Path(path).resolve().as_uri()


def asset_links() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(scripts, stylesheets) for the page, in load order, all local."""
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet

    own = resource_dir() / "map"
    scripts = [
        ("leaflet", _uri(os.path.join(leaflet.BASE_DIR, "leaflet.js"))),
        ("jquery", _uri(os.path.join(jquery.BASE_DIR, "jquery.min.js"))),
        ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js"),
        ("rmdesk", _uri(own / "rmdesk-map.js")),
    ]
    styles = [
        ("leaflet_css", _uri(os.path.join(leaflet.BASE_DIR, "leaflet.css"))),
        ("rmdesk_css", _uri(own / "rmdesk-map.css")),
    ]
    return scripts, styles


def render_page(
    tiles: Tiles,
    centre: tuple[float, float] = (28.656, 121.421),
    zoom: int = 11,
    notice: str = "",
) -> str:
    """The page's HTML. `centre` is WGS-84; it is converted for GCJ-02 tiles."""
    import folium
    from branca.element import MacroElement
    from jinja2 import Template

    if tiles.gcj02:
        from rmdesk.planning.places import wgs84_to_gcj02

        centre = wgs84_to_gcj02(*centre)
    fmap = folium.Map(
        location=list(centre),
        zoom_start=zoom,
        tiles=None,
        max_zoom=MAX_ZOOM,
        control_scale=True,
        prefer_canvas=False,
    )
    fmap.options["maxZoom"] = MAX_ZOOM  # the deepest zoom, where clusters open, without tiles
    scripts, styles = asset_links()
    fmap.default_js = scripts
    fmap.default_css = styles
    if tiles is Tiles.OSM:
        folium.TileLayer(OSM_URL, attr=OSM_ATTR, name="OpenStreetMap", max_zoom=MAX_ZOOM).add_to(
            fmap
        )
    elif tiles is Tiles.AMAP:
        folium.TileLayer(
            AMAP_URL, attr=AMAP_ATTR, name="AMap", subdomains="1234", max_zoom=MAX_ZOOM
        ).add_to(fmap)

    class _Start(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "rmdeskMap.init({{ this._parent.get_name() }}, {{ this.options|tojson }});"
            "{% endmacro %}"
        )

        def __init__(self, options: dict[str, object]) -> None:
            super().__init__()
            self.options = options

    fmap.add_child(_Start({"tiles": tiles.value, "notice": notice, "maxZoom": MAX_ZOOM}))
    return fmap.get_root().render()


def write_page(folder: Path, tiles: Tiles, **kwargs: object) -> Path:
    """Write the page where WebEngine can load it by file:// (setHtml tops out at 2 MB
    and has no base URL for local scripts)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"map-{tiles.value}.html"
    path.write_text(render_page(tiles, **kwargs), encoding="utf-8")  # type: ignore[arg-type]
    return path
