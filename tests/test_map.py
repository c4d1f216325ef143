"""The map: an offline page, the real page in WebEngine driven through JavaScript (markers,
clusters, a click reaching Python, an area selection, placing a pin), GCJ-02, and the
district placement."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from conftest import close_context, screen_context

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Address, Contact
from rmdesk.domain.kinds import AddressKind
from rmdesk.mapping.data import Frame, marker_records, place_contact
from rmdesk.mapping.page import Tiles, render_page
from rmdesk.planning.holidays import is_working_day
from rmdesk.planning.places import (
    contact_places,
    district_centre,
    gcj02_to_wgs84,
    wgs84_to_gcj02,
)
from rmdesk.store.database import open_store

# (WGS-84 lat, lon) → (GCJ-02 lat, lon), published with the reference algorithm.
KNOWN_GCJ = [
    ((31.1774276, 121.5272106), (31.17530398364597, 121.531541859215)),  # Shanghai
    ((22.543847, 113.912316), (22.540796131694766, 113.9171764808363)),  # Shenzhen
    ((39.911954, 116.377817), (39.91334545536069, 116.38404722455657)),  # Beijing
]


@pytest.mark.parametrize(("wgs", "gcj"), KNOWN_GCJ)
def test_gcj02_conversion_matches_known_points(wgs, gcj) -> None:
    lat, lon = wgs84_to_gcj02(*wgs)
    assert lat == pytest.approx(gcj[0], abs=1e-6) and lon == pytest.approx(gcj[1], abs=1e-6)
    back = gcj02_to_wgs84(*gcj)
    assert back[0] == pytest.approx(wgs[0], abs=2e-5) and back[1] == pytest.approx(wgs[1], abs=2e-5)


def test_gcj02_leaves_points_outside_china_alone() -> None:
    assert wgs84_to_gcj02(51.5, -0.1) == (51.5, -0.1)


@pytest.mark.parametrize("tiles", list(Tiles))
def test_page_loads_nothing_from_the_network(tiles: Tiles) -> None:
    page = render_page(tiles)
    sources = re.findall(r'<script[^>]+src="([^"]+)"', page)
    sheets = re.findall(r'<link[^>]+href="([^"]+)"', page)
    assert sources and sheets
    for url in sources + sheets:
        assert not url.startswith(("http:", "https:", "//")), url
    assert len(page) < 20_000, "markers travel as data, not as HTML"


def test_district_placement(store) -> None:
    book = ContactBook(store)
    pinned = book.save(
        Contact(
            name="有坐标",
            addresses=[Address(AddressKind.HOME, district="椒江区", lat=28.7, lon=121.5)],
        )
    )
    approx = book.save(
        Contact(
            name="只有区", addresses=[Address(AddressKind.HOME, city="台州市", district="黄岩区")]
        )
    )
    nowhere = book.save(
        Contact(name="区名不对", addresses=[Address(AddressKind.HOME, district="不存在区")])
    )
    places = contact_places(store)
    assert places[pinned].approx is False and places[pinned].lat == 28.7
    assert places[approx].approx is True
    assert (places[approx].lat, places[approx].lon) == district_centre("黄岩区", "台州市")
    assert places[approx].lat == pytest.approx(28.6, abs=0.2)
    assert nowhere not in places
    # 朝阳区 is in Beijing and in Changchun: the city decides, and without one, nothing.
    beijing = district_centre("朝阳区", "北京市")
    changchun = district_centre("朝阳区", "长春市")
    assert beijing and changchun and beijing[0] < 41 < changchun[0]
    assert district_centre("朝阳区") is None


def test_placing_a_contact_sets_its_location_and_district(store) -> None:
    book = ContactBook(store)
    cid = book.save(Contact(name="新客户"))
    place_contact(store, cid, 28.60, 121.40)
    saved = book.get(cid)
    assert (saved.addresses[0].lat, saved.addresses[0].lon) == (28.6, 121.4)
    assert saved.addresses[0].district == "椒江区"
    with pytest.raises(ValueError):
        place_contact(store, cid, 95, 0)


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, target)
    return target


def js(view, script: str, qtbot):
    """Run JavaScript in the page and wait for its result."""
    box: dict[str, str] = {}
    wrapped = f"JSON.stringify((function(){{ return {script}; }})())"
    view.page.runJavaScript(wrapped, 0, lambda r: box.setdefault("r", r))
    qtbot.waitUntil(lambda: "r" in box, timeout=10_000)
    return json.loads(box["r"])


def mouse(view, qtbot, kind: str, lat: float, lon: float) -> None:
    js(
        view,
        f"(function(){{var p = rmdeskMap.pixel({lat}, {lon});"
        "var box = document.querySelector('.folium-map');"
        f"box.dispatchEvent(new MouseEvent('{kind}', {{bubbles: true, cancelable: true,"
        "clientX: p[0], clientY: p[1], button: 0, buttons: 1, view: window}));"
        "return true;})()",
        qtbot,
    )


@pytest.fixture
def map_page(qtbot, demo_copy: Path):
    from rmdesk.ui.planning.plan_page import PlanPage

    store = open_store(demo_copy)
    ctx = screen_context(store, demo_copy.with_suffix(".ini"))

    ids = ContactBook(store).list_ids()
    page = PlanPage(ctx, Tiles.NONE, lambda: ids)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.map.loaded, timeout=20_000)
    qtbot.waitUntil(lambda: js(page.map, "rmdeskMap.stats().markers", qtbot) > 0, timeout=20_000)
    yield page, store, ids
    page.close()
    close_context(ctx)
    store.close()
    # Delete the WebEngine page now, before the app and its profile go: a page left
    # for later crashed the interpreter at exit.
    import shiboken6

    shiboken6.delete(page)
    gc.collect()


def test_markers_and_clusters_on_the_real_page(map_page, qtbot) -> None:
    page, store, ids = map_page
    expected = marker_records(store, ids, Frame(), dt.date.today())
    stats = js(page.map, "rmdeskMap.stats()", qtbot)
    assert stats["markers"] == len(expected) > 200
    assert stats["clusters"] > 0, "zoomed out, markers gather into clusters"
    assert stats["bridge"] is True
    # Zoomed in on one client, its own pin shows.
    target = expected[0]
    page.map.centre_on(target[0])
    qtbot.waitUntil(lambda: js(page.map, "rmdeskMap.stats().pins", qtbot) > 0, timeout=10_000)
    qtbot.waitUntil(
        lambda: js(page.map, "!!document.querySelector('.leaflet-popup-content')", qtbot),
        timeout=10_000,
    )
    popup = js(page.map, "document.querySelector('.leaflet-popup-content').innerText", qtbot)
    assert target[3] in popup


def test_a_click_reaches_python(map_page, qtbot) -> None:
    page, _store, _ids = map_page
    with qtbot.waitSignal(page.map.map_clicked, timeout=10_000) as got:
        mouse(page.map, qtbot, "click", 28.70, 121.30)
    lat, lon = got.args
    assert lat == pytest.approx(28.70, abs=0.01) and lon == pytest.approx(121.30, abs=0.01)


def test_an_area_selection_returns_the_contacts_inside(map_page, qtbot) -> None:
    page, store, ids = map_page
    south, west, north, east = 28.60, 121.38, 28.72, 121.50
    page.map.select_rect.setChecked(True)
    mouse(page.map, qtbot, "mousedown", north, west)
    mouse(page.map, qtbot, "mousemove", (north + south) / 2, (west + east) / 2)
    with qtbot.waitSignal(page.map.area_selected, timeout=10_000):
        mouse(page.map, qtbot, "mousemove", south, east)
        mouse(page.map, qtbot, "mouseup", south, east)
    qtbot.waitUntil(lambda: bool(page.area), timeout=10_000)
    # The test's own answer: located contacts whose point lies in the box.
    places = contact_places(store, ids)
    inside = [
        cid
        for cid in ids
        if cid in places
        and south - 0.002 <= places[cid].lat <= north + 0.002
        and west - 0.002 <= places[cid].lon <= east + 0.002
    ]
    strictly = {
        cid
        for cid in inside
        if south + 0.002 <= places[cid].lat <= north - 0.002
        and west + 0.002 <= places[cid].lon <= east - 0.002
    }
    assert strictly <= set(page.area) <= set(inside)
    assert len(page.area) > 10
    assert page.area_in_book.isEnabled()


def test_placing_a_client_by_clicking_the_map(map_page, qtbot) -> None:
    page, store, _ids = map_page
    cid = ContactBook(store).save(Contact(name="待定位"))
    page.start_placing(cid)
    with qtbot.waitSignal(page.map.contact_placed, timeout=10_000):
        mouse(page.map, qtbot, "click", 28.65, 121.42)
    qtbot.waitUntil(lambda: bool(ContactBook(store).get(cid).addresses), timeout=10_000)
    address = ContactBook(store).get(cid).addresses[0]
    assert address.lat == pytest.approx(28.65, abs=0.01)
    assert address.district == "椒江区"


def test_planned_day_draws_a_numbered_route(map_page, qtbot) -> None:
    page, _store, _ids = map_page
    day = dt.date.today() + dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    from PySide6.QtCore import QDate

    page.day.setDate(QDate(day.year, day.month, day.day))
    page.plan()
    qtbot.waitUntil(lambda: page.route is not None, timeout=20_000)
    assert page.route_panel.stops.count() == len(page.route.stops) > 0
    qtbot.waitUntil(
        lambda: js(page.map, "rmdeskMap.stats().stops", qtbot) == len(page.route.stops) + 2,
        timeout=10_000,
    )
    first = page.route.stops[0].visit.plan_id
    page.route_panel.stops.setCurrentRow(0)
    page.route_panel.down.click()
    qtbot.waitUntil(lambda: page.route.stops[1].visit.plan_id == first, timeout=10_000)
    target = str(Path(_store.path).with_suffix(".pdf"))
    with qtbot.waitSignal(page.route_panel.sheet_saved, timeout=20_000):
        page.route_panel.save_day_sheet(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600, "the sheet names clients"
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(page)
    doc.load(target)
    text = "".join(doc.getAllText(n).text() for n in range(doc.pageCount()))
    doc.close()
    for stop in page.route.stops:
        assert stop.visit.name in text, "the sheet's text is real text, Chinese included"
        assert f"{stop.start:%H:%M}" in text
    if page.route.lunch:
        assert f"{page.route.lunch[0]:%H:%M}" in text


def next_working_day() -> dt.date:
    day = dt.date.today() + dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def test_visit_editor_saves_all_nine_parts(map_page, qtbot) -> None:
    from PySide6.QtCore import QDate, Qt, QTime

    from rmdesk.domain.kinds import Audience, VisitPurpose, VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    day = next_working_day() + dt.timedelta(days=30)
    draft = VisitPlan(contact_id=ids[0], time=VisitTime.flexible(day, dt.time(9), dt.time(17)))
    editor = page.open_editor(draft, "测试客户")
    editor.purpose.set_value(VisitPurpose.PRODUCT)
    editor.content.setPlainText("介绍大额存单")
    editor.day.setDate(QDate(day.year, day.month, day.day))
    editor.fixed.setChecked(True)
    editor.start.setTime(QTime(10, 30))
    editor.minutes.setValue(60)
    editor.person.setText("王会计")
    editor.role.setText("财务")
    editor.at_client.setChecked(False)
    editor.place.setText("星巴克")
    editor.place_lat.setText("28.65")
    editor.place_lon.setText("121.42")
    editor.audience.set_value(Audience.GROUP)
    editor.strategy.setPlainText("先聊孩子")
    editor.materials.item(1).setCheckState(Qt.CheckState.Checked)  # business cards
    editor.new_material.setText("利率对比表")
    editor._add_custom()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as got:
        editor.save()
    saved = VisitBook(store).get(got.args[0])
    assert saved.time.fixed and saved.time.window_start == dt.time(10, 30)
    assert saved.time.duration_min == 60 and saved.time.day == day
    assert (saved.purpose, saved.content) == (VisitPurpose.PRODUCT, "介绍大额存单")
    assert (saved.person_name, saved.person_role) == ("王会计", "财务")
    assert (saved.place_text, saved.place_lat, saved.place_lon) == ("星巴克", 28.65, 121.42)
    assert saved.mode.audience is Audience.GROUP and saved.strategy == "先聊孩子"
    assert [m.item for m in saved.materials] == ["名片", "利率对比表"]
    assert saved.status is VisitStatus.PROPOSED and saved.uid


def test_visit_editor_shows_problems_and_asks_before_discarding(
    map_page, qtbot, monkeypatch
) -> None:
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QMessageBox

    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    day = next_working_day()
    before = len(VisitBook(store).for_contact(ids[1]))
    editor = page.open_editor(
        VisitPlan(contact_id=ids[1], time=VisitTime.flexible(day, dt.time(9), dt.time(17))), "x"
    )
    editor.start.setTime(QTime(15, 0))
    editor.latest.setTime(QTime(14, 0))  # ends before it starts
    editor.save()
    assert editor.time_problem.isVisible()
    asked: list[str] = []

    def answer(*args, **_kw):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.reject()
    assert asked and editor.isVisible(), "a changed form is not thrown away silently"
    assert len(VisitBook(store).for_contact(ids[1])) == before


def test_offer_two_times_fills_a_booked_appointment(map_page, qtbot) -> None:
    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime

    page, store, ids = map_page
    from rmdesk.domain.geo import distance_km
    from rmdesk.planning.visits import VisitBook

    located = contact_places(store, ids)
    branch = VisitBook(store).branch()
    cid = min(
        (i for i in ids if i in located and not located[i].approx),
        key=lambda i: distance_km(branch.lat, branch.lon, located[i].lat, located[i].lon),
    )
    day = next_working_day() + dt.timedelta(days=40)  # an empty day: two slots always fit
    editor = page.open_editor(
        VisitPlan(contact_id=cid, time=VisitTime.flexible(day, dt.time(9), dt.time(17))), "x"
    )
    editor.offer.click()
    qtbot.waitUntil(lambda: editor.offer.isEnabled(), timeout=20_000)
    assert len(editor.slots) == 2, editor.slot_note.text()
    assert all(b.isVisible() for b in editor.slot_buttons)
    second = editor.slots[1]
    editor.slot_buttons[1].click()
    assert editor.fixed.isChecked()
    assert editor.start.time().hour() == second.start.hour
    assert editor.status.value() is VisitStatus.BOOKED


def test_day_list_changes_status_and_adds_an_area(map_page, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QDate

    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    day = next_working_day()
    page.day.setDate(QDate(day.year, day.month, day.day))
    plans = VisitBook(store).for_day(day, tuple(VisitStatus))
    qtbot.waitUntil(lambda: page.plans.count() == len(plans) > 0, timeout=10_000)
    page.plans.item(0).setSelected(True)
    plan_id = int(page.plans.item(0).data(0x0100))
    cancel = next(b for b, st in page.status_buttons if st is VisitStatus.CANCELLED)
    cancel.click()
    qtbot.waitUntil(
        lambda: VisitBook(store).get(plan_id).status is VisitStatus.CANCELLED, timeout=10_000
    )
    # Clients of a drawn area become flexible visits of the day.
    page._show_area(ids[:3])
    assert page.add_area.isEnabled()
    page.add_area.click()
    qtbot.waitUntil(
        lambda: len(VisitBook(store).for_day(day, tuple(VisitStatus))) == len(plans) + 3,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: page.plans.count() == len(plans) + 3, timeout=10_000)


def test_branch_dialog_checks_and_saves(qtbot, store) -> None:
    from rmdesk.domain.visit import Branch
    from rmdesk.planning.visits import VisitBook
    from rmdesk.ui.planning.branch_dialog import BranchDialog

    ctx = screen_context(store, store.path.with_suffix(".ini"))
    visits = VisitBook(store)
    dialog = BranchDialog(ctx, Branch())
    qtbot.addWidget(dialog)
    dialog.name.setText("台州椒江支行")
    dialog.lat.setText("28.6")
    dialog.save()
    assert not dialog.place_problem.isHidden(), "latitude without longitude is refused"
    dialog.lon.setText("121.4")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    saved = visits.branch()
    assert (saved.name, saved.lat, saved.lon) == ("台州椒江支行", 28.6, 121.4)
    close_context(ctx)


def test_who_is_near_shows_last_visit_and_plans_visits(qtbot, demo_copy: Path) -> None:
    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.planning.visits import VisitBook
    from rmdesk.ui.book.nearby_dialog import NearbyDialog

    store = open_store(demo_copy)
    ctx = screen_context(store, demo_copy.with_suffix(".ini"))

    book = ContactBook(store)
    done = {
        p.contact_id: p.time.day
        for p in VisitBook(store).between(
            dt.date.today() - dt.timedelta(days=90), dt.date.today(), (VisitStatus.DONE,)
        )
    }
    places = contact_places(store)
    origin = next(c for c in book.list_ids() if c in places and not places[c].approx)
    dialog = NearbyDialog(ctx, origin, "x")
    qtbot.addWidget(dialog)
    dialog.radius.setValue(50)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 20, timeout=10_000)
    shown = {
        int(dialog.table.item(r, 0).data(0x0100)): dialog.table.item(r, 5).text()
        for r in range(dialog.table.rowCount())
    }
    visited = [cid for cid in shown if cid in done]
    assert visited, "the demo book has done visits near everyone within 50 km"
    for cid in visited:
        assert shown[cid] >= done[cid].isoformat()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.plan_visits, timeout=5_000) as got:
        dialog.plan_button.click()
    assert got.args[0] == [int(dialog.table.item(0, 0).data(0x0100))]
    close_context(ctx)
    store.close()


def test_who_is_near_an_appointment_uses_its_place(map_page, qtbot) -> None:
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    day = next_working_day() + dt.timedelta(days=50)
    # A meeting at a café in 路桥, away from the client's home.
    pid = VisitBook(store).save(
        VisitPlan(
            contact_id=ids[0],
            time=VisitTime.appointment(dt.datetime.combine(day, dt.time(10))),
            place_text="路桥 咖啡馆",
            place_lat=28.582,
            place_lon=121.375,
        )
    )
    from PySide6.QtCore import QDate

    page.day.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: page.plans.count() == 1, timeout=10_000)
    page.plans.item(0).setSelected(True)
    page.near_button.click()
    qtbot.waitUntil(lambda: page.nearby is not None, timeout=10_000)
    dialog = page.nearby
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    expected = ContactBook(store).near_point(28.582, 121.375, 2.0, exclude=ids[0])
    shown = [int(dialog.table.item(r, 0).data(0x0100)) for r in range(dialog.table.rowCount())]
    assert shown == [n.id for n in expected]
    assert pid
    dialog.close()


def test_amap_tiles_draw_in_gcj02_and_clicks_come_back_in_wgs84(map_page, qtbot) -> None:
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

    page, store, ids = map_page

    class Offline(QWebEngineUrlRequestInterceptor):
        """Tests use no network: tile requests are recorded and blocked."""

        def __init__(self) -> None:
            super().__init__()
            self.blocked: list[str] = []

        def interceptRequest(self, info) -> None:
            url = info.requestUrl()
            if url.scheme() in ("http", "https") and url.host() != "127.0.0.1":
                self.blocked.append(url.host())
                info.block(True)

    offline = Offline()
    page.map.page.setUrlRequestInterceptor(offline)
    try:
        page.map.set_tiles(Tiles.AMAP)
        qtbot.waitUntil(lambda: page.map.loaded, timeout=20_000)
        qtbot.waitUntil(
            lambda: js(page.map, "rmdeskMap.stats().markers", qtbot) > 0, timeout=20_000
        )
        places = contact_places(store, ids)
        cid = next(i for i in ids if i in places)
        drawn = js(page.map, f"rmdeskMap.where({cid})", qtbot)
        expected = wgs84_to_gcj02(places[cid].lat, places[cid].lon)
        assert drawn == pytest.approx(list(expected), abs=1e-6)
        assert drawn[1] - places[cid].lon > 0.003, "GCJ-02 is offset from WGS-84 in China"
        page.map.centre_on(cid)  # zoom in: a pixel is then a few metres
        qtbot.waitUntil(lambda: js(page.map, "rmdeskMap.stats().zoom", qtbot) >= 14, timeout=10_000)
        with qtbot.waitSignal(page.map.map_clicked, timeout=10_000) as got:
            mouse(page.map, qtbot, "click", *expected)
        lat, lon = got.args
        assert lat == pytest.approx(places[cid].lat, abs=2e-4)
        assert lon == pytest.approx(places[cid].lon, abs=2e-4)
        # The tiles are asked of AMap (and, here, blocked): a local page may reach them.
        qtbot.waitUntil(lambda: any("autonavi" in h for h in offline.blocked), timeout=10_000)
    finally:
        page.map.page.setUrlRequestInterceptor(None)


def test_dragging_a_pin_moves_the_client(map_page, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    page, store, ids = map_page
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(*args, **_kw):
        asked.append(args[2])
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    places = contact_places(store, ids)
    cid = next(i for i in ids if i in places and not places[i].approx)
    page.start_placing(cid)
    qtbot.waitUntil(
        lambda: js(page.map, f"rmdeskMap.stats().zoom >= 12 && !!rmdeskMap.where({cid})", qtbot),
        timeout=10_000,
    )
    # What Leaflet does at the end of a drag: the marker is somewhere else, dragend fires.
    lat, lon = places[cid].lat + 0.01, places[cid].lon - 0.01
    # The client had a pin: moving it is confirmed; "No" puts the pin back.
    with qtbot.waitSignal(page.map.contact_placed, timeout=10_000):
        js(page.map, f"rmdeskMap.dragTo({cid}, {lat}, {lon})", qtbot)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            js(page.map, f"rmdeskMap.where({cid})", qtbot)
            == pytest.approx([places[cid].lat, places[cid].lon], abs=1e-6)
        ),
        timeout=10_000,
    )
    assert ContactBook(store).get(cid).addresses[0].lat == pytest.approx(places[cid].lat)
    with qtbot.waitSignal(page.map.contact_placed, timeout=10_000) as got:
        js(page.map, f"rmdeskMap.dragTo({cid}, {lat}, {lon})", qtbot)
    assert got.args[0] == cid
    assert got.args[1] == pytest.approx(lat, abs=1e-6) and got.args[2] == pytest.approx(
        lon, abs=1e-6
    )
    qtbot.waitUntil(
        lambda: ContactBook(store).get(cid).addresses[0].lat == pytest.approx(lat, abs=1e-5),
        timeout=10_000,
    )


def test_a_free_shape_selects_the_contacts_inside(map_page, qtbot) -> None:
    from rmdesk.domain.geo import inside_polygon

    page, store, ids = map_page
    # A triangle over 椒江 and 路桥, drawn point by point.
    ring = [(28.72, 121.35), (28.72, 121.50), (28.56, 121.42)]
    page.map.select_lasso.setChecked(True)
    mouse(page.map, qtbot, "mousedown", *ring[0])
    steps = []
    for (a_lat, a_lon), (b_lat, b_lon) in zip(ring, ring[1:] + ring[:1], strict=True):
        for k in range(1, 6):
            steps.append((a_lat + (b_lat - a_lat) * k / 5, a_lon + (b_lon - a_lon) * k / 5))
    with qtbot.waitSignal(page.map.area_selected, timeout=10_000) as got:
        for lat, lon in steps:
            mouse(page.map, qtbot, "mousemove", lat, lon)
        mouse(page.map, qtbot, "mouseup", *ring[0])
    drawn = got.args[0]
    assert len(drawn) >= 10
    qtbot.waitUntil(lambda: bool(page.area), timeout=10_000)
    places = contact_places(store, ids)
    expected = [
        c for c in ids if c in places and inside_polygon(places[c].lat, places[c].lon, drawn)
    ]
    assert page.area == expected and len(expected) > 5
    # Points well inside the triangle are all there.
    core = [(28.68, 121.42), (28.68, 121.45), (28.66, 121.42)]
    assert all(inside_polygon(lat, lon, drawn) for lat, lon in core)


def test_the_day_note_names_holidays_in_the_interface_language(map_page) -> None:
    from rmdesk.ui.common.i18n import Translations

    map_page, _store, _ids = map_page
    translations = Translations()
    try:
        translations.use("zh_CN")
        note = map_page.route_panel._day_note(dt.date(2026, 10, 1))
        assert "国庆节" in note and "National" not in note
        assert "调休" in map_page.route_panel._day_note(dt.date(2026, 2, 14))
        translations.use("en")
        assert "National Day" in map_page.route_panel._day_note(dt.date(2026, 10, 1))
    finally:
        translations.use("en")


def test_adding_a_client_without_a_pin_asks_first(map_page, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rmdesk.planning.visits import VisitBook

    page, store, _ids = map_page
    (cid,) = store.read(
        "SELECT a.contact_id FROM addresses a WHERE a.position = 0 AND a.lat IS NULL "
        "AND a.district <> '' ORDER BY a.contact_id LIMIT 1"
    )[0]
    day = dt.date(2027, 3, 2)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answer[0])[1])
    page.add_to_day([cid], day)
    qtbot.waitUntil(lambda: bool(asked) and page.runner.pending == 0, timeout=10_000)
    assert "no map pin" in asked[0]
    assert [p for p in VisitBook(store).for_day(day) if p.contact_id == cid] == []
    answer[0] = QMessageBox.StandardButton.Yes
    page.add_to_day([cid], day)
    qtbot.waitUntil(
        lambda: any(p.contact_id == cid for p in VisitBook(store).for_day(day)), timeout=10_000
    )
    plan = next(p for p in VisitBook(store).for_day(day) if p.contact_id == cid)
    assert plan.address_kind is not None, "the address chosen is kept with the visit"


def test_the_visit_editor_names_the_client_address_it_goes_to(map_page, qtbot) -> None:
    from rmdesk.contacts.book import ContactBook
    from rmdesk.domain.contact import Address
    from rmdesk.domain.kinds import AddressKind
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    book = ContactBook(store)
    contact = book.get(ids[5])
    book.save(
        dataclasses.replace(
            contact,
            addresses=[
                Address(AddressKind.HOME, "路桥区银座街1号", district="路桥区"),
                Address(
                    AddressKind.WORK, "椒江区市府大道1号", district="椒江区", lat=28.656, lon=121.42
                ),
            ],
        )
    )
    day = next_working_day() + dt.timedelta(days=31)
    plan_id = VisitBook(store).save(
        VisitPlan(
            contact_id=ids[5],
            address_kind=AddressKind.WORK,
            time=VisitTime.flexible(day, dt.time(9), dt.time(17)),
        )
    )
    editor = page.open_editor(VisitBook(store).get(plan_id), contact.name)
    qtbot.waitUntil(lambda: editor.client_address.count() == 2, timeout=10_000)
    texts = [editor.client_address.itemText(i) for i in range(2)]
    assert "路桥区银座街1号" in texts[0] and "no pin" in texts[0]
    assert "椒江区市府大道1号" in texts[1] and "no pin" not in texts[1]
    assert editor.client_address.currentIndex() == 1, "the address the visit goes to"
    assert not editor.has_changes()
    editor.client_address.setCurrentIndex(0)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    assert VisitBook(store).get(plan_id).address_kind is AddressKind.HOME


def test_tiles_that_do_not_load_are_said_and_another_base_map_offered(
    qtbot, demo_copy: Path, monkeypatch
) -> None:
    """Offline the map was grey without a word. The tile server here is a closed port on
    127.0.0.1 (the tests reach nothing else)."""
    import socket

    from rmdesk.mapping import page as map_page_module
    from rmdesk.ui.planning.plan_page import PlanPage

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens once the socket is closed
    monkeypatch.setattr(
        map_page_module, "OSM_URL", f"http://127.0.0.1:{closed}/{{z}}/{{x}}/{{y}}.png"
    )
    store = open_store(demo_copy)
    ctx = screen_context(store, demo_copy.with_suffix(".ini"))

    ids = ContactBook(store).list_ids()
    page = PlanPage(ctx, Tiles.OSM, lambda: ids)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    try:
        with qtbot.waitSignal(page.map.tiles_failed, timeout=20_000):
            pass
        assert "did not load" in page.map.status.text()
        assert page.map.use_amap.isVisible() and page.map.use_none.isVisible()
        stats = js(page.map, "rmdeskMap.stats()", qtbot)
        assert stats["tilesFailed"] and "Leaflet" not in stats["attribution"]
        assert "OpenStreetMap" in stats["attribution"]
        with qtbot.waitSignal(page.map.tiles_chosen, timeout=5_000) as chosen:
            page.map.use_none.trigger()
        assert chosen.args == ["none"] and page.map.tiles is Tiles.NONE
        qtbot.waitUntil(lambda: page.map.loaded, timeout=20_000)
    finally:
        page.close()
        close_context(ctx)
        store.close()
        import shiboken6

        shiboken6.delete(page)  # the WebEngine page goes before the profile (see map_page)
        gc.collect()


def test_greyed_out_visit_buttons_say_what_they_wait_for(map_page) -> None:
    page, _store, _ids = map_page
    page.plans.clearSelection()
    page._update_buttons()
    assert not page.edit_button.isEnabled()
    assert "Select one visit" in page.edit_button.toolTip()
    assert all("Select visits" in b.toolTip() for b, _s in page.status_buttons)
    if page.plans.count():
        page.plans.setCurrentRow(0)
        page.plans.item(0).setSelected(True)
        page._update_buttons()
        assert page.edit_button.isEnabled() and page.edit_button.toolTip() == ""
        assert "near" in page.near_button.toolTip()


def test_a_visits_place_is_picked_on_the_map(map_page, qtbot) -> None:
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    page, store, ids = map_page
    day = next_working_day() + dt.timedelta(days=32)
    plan_id = VisitBook(store).save(
        VisitPlan(contact_id=ids[2], time=VisitTime.flexible(day, dt.time(9), dt.time(17)))
    )
    editor = page.open_editor(VisitBook(store).get(plan_id), "客户")
    qtbot.waitUntil(editor.isVisible, timeout=10_000)
    editor.pick_button.click()
    assert not editor.isVisible(), "the editor steps aside"
    mouse(page.map, qtbot, "click", 28.60, 121.40)
    qtbot.waitUntil(editor.isVisible, timeout=10_000)
    assert not editor.at_client.isChecked()
    assert float(editor.place_lat.text()) == pytest.approx(28.60, abs=0.01)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    saved = VisitBook(store).get(plan_id)
    assert saved.place_lat == pytest.approx(28.60, abs=0.01)
    assert saved.place_lon == pytest.approx(121.40, abs=0.01)
    # Esc (another mode) brings the editor back with nothing picked.
    editor = page.open_editor(saved, "客户")
    editor.pick_button.click()
    page.map.start_placing(None)
    assert editor.isVisible() and editor.place_lat.text() == f"{saved.place_lat:.6f}"


def test_twenty_thousand_clients_are_drawn_as_clusters_of_the_screen(qtbot, tmp_path) -> None:
    """20,000 clients: all held as data, what is drawn bounded by the screen; a cluster
    opens on a click; the page is grabbed and the clusters are really painted."""
    import random

    import shiboken6

    from rmdesk.ui.common.tasks import TaskRunner
    from rmdesk.ui.planning.map_view import MapView

    rng = random.Random(4)
    records = [
        [i, 28.65 + rng.gauss(0, 0.12), 121.4 + rng.gauss(0, 0.12), f"客户{i}", "", "", "",
         0, ""]
        for i in range(1, 20_001)
    ]  # fmt: skip
    runner = TaskRunner()
    view = MapView(runner, Tiles.NONE)
    view.resize(1000, 700)
    view.show()
    try:
        qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
        view.show_contacts(records)
        qtbot.waitUntil(
            lambda: js(view, "rmdeskMap.stats().markers", qtbot) == 20_000, timeout=30_000
        )
        stats = js(view, "rmdeskMap.stats()", qtbot)
        assert stats["clusters"] > 0
        assert stats["clusters"] + stats["pins"] < 1_000, "drawn: what the screen can show"
        counts = js(
            view,
            "Array.from(document.querySelectorAll('.rm-cluster span'))"
            ".map(function (e) { return parseInt(e.textContent, 10); })"
            ".reduce(function (a, b) { return a + b; }, 0)",
            qtbot,
        )
        assert counts + stats["pins"] <= 20_000 and counts > 10_000, "the clusters count them"

        def painted() -> set[str]:
            image = view.grab().toImage()
            image.save(str(tmp_path / "map-20000.png"))
            return {image.pixelColor(x, y).name() for x in range(0, 1000, 5)
                    for y in range(0, 700, 5)}  # fmt: skip

        # Large clusters are painted (the compositor draws a moment after the DOM).
        qtbot.waitUntil(lambda: "#f2a07b" in painted(), timeout=10_000)
        # A click on a cluster zooms into it: more, smaller groups or single pins.
        zoom = stats["zoom"]
        js(view, "(document.querySelector('.rm-cluster').click(), true)", qtbot)
        qtbot.waitUntil(lambda: js(view, "rmdeskMap.stats().zoom", qtbot) > zoom, timeout=10_000)
        # Centring on one client brings its own pin out of every cluster.
        view.centre_on(12_345)
        qtbot.waitUntil(
            lambda: js(view, "!!document.querySelector('.leaflet-popup-content')", qtbot),
            timeout=10_000,
        )
        popup = js(view, "document.querySelector('.leaflet-popup-content').innerText", qtbot)
        assert "客户12345" in popup
    finally:
        view.close()
        runner.shutdown()
        shiboken6.delete(view)
        gc.collect()


def test_a_planned_visit_is_logged_from_the_day_list(map_page, qtbot) -> None:
    from PySide6.QtCore import QDate

    from rmdesk.activity.records import ActivityBook
    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.planning.visits import VisitBook
    from rmdesk.ui.activity.visit_log_dialog import VisitLogDialog

    page, store, _ids = map_page
    day = next_working_day()
    page.day.setDate(QDate(day.year, day.month, day.day))
    plans = VisitBook(store).for_day(day, tuple(VisitStatus))
    qtbot.waitUntil(lambda: page.plans.count() == len(plans) > 0, timeout=10_000)
    assert not page.log_button.isEnabled(), "greyed out until one visit is chosen"
    page.plans.item(0).setSelected(True)
    plan_id = int(page.plans.item(0).data(0x0100))
    plan = VisitBook(store).get(plan_id)
    page.log_button.click()
    qtbot.waitUntil(lambda: page.findChild(VisitLogDialog) is not None, timeout=10_000)
    dialog = page.findChild(VisitLogDialog)
    draft = dialog.draft()
    assert (draft.contact_id, draft.day, draft.plan_id) == (plan.contact_id, day, plan_id)
    assert draft.met == plan.person_name
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(True))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert VisitBook(store).get(plan_id).status is VisitStatus.DONE
    (logged,) = ActivityBook(store).visits_of(plan.contact_id)
    assert (logged.plan_id, logged.purpose_reached) == (plan_id, True)


def test_log_a_visit_in_a_clients_popup_logs_their_visit_of_the_day(map_page, qtbot) -> None:
    from PySide6.QtCore import QDate

    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.planning.visits import VisitBook
    from rmdesk.ui.activity.visit_log_dialog import VisitLogDialog

    page, store, _ids = map_page
    day = next_working_day()
    page.day.setDate(QDate(day.year, day.month, day.day))
    plans = VisitBook(store).for_day(day, tuple(VisitStatus))
    qtbot.waitUntil(lambda: page.plans.count() == len(plans) > 0, timeout=10_000)
    plan = plans[0]
    page.map.centre_on(plan.contact_id)
    link = "document.querySelector('.leaflet-popup-content a.rm-log')"
    qtbot.waitUntil(lambda: js(page.map, f"!!{link}", qtbot), timeout=10_000)
    assert js(page.map, f"{link}.innerText", qtbot) == "Log a visit"
    js(page.map, f"({link}.click(), true)", qtbot)
    qtbot.waitUntil(lambda: page.findChild(VisitLogDialog) is not None, timeout=10_000)
    draft = page.findChild(VisitLogDialog).draft()
    assert (draft.contact_id, draft.day, draft.plan_id) == (plan.contact_id, day, plan.id)
    page.findChild(VisitLogDialog).reject()


def test_clients_at_one_point_are_listed_by_their_marker(qtbot) -> None:
    """Clients without a pin sit at their district's centre, and colleagues share one
    building: no zoom parts them. Their marker lists them all, each with its links, and
    centring on one of them opens that list."""
    import shiboken6

    from rmdesk.ui.common.tasks import TaskRunner
    from rmdesk.ui.planning.map_view import MapView

    centre = (28.6562, 121.4208)  # 椒江区
    records = [[i, *centre, f"椒江客户{i}", "海德机械", "", "", 1, ""] for i in range(1, 6)]
    records += [[6, 28.70, 121.30, "王伟", "", "", "", 0, ""]]
    runner = TaskRunner()
    view = MapView(runner, Tiles.NONE)
    view.resize(800, 450)  # low: the map pans to show the list
    view.show()
    place = "document.querySelector('.leaflet-popup-content')"
    try:
        qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
        view.show_contacts(records)
        qtbot.waitUntil(lambda: js(view, "rmdeskMap.stats().markers", qtbot) == 6, timeout=10_000)
        # Zoomed in as far as the map goes: still one marker for the five, not five pins
        # stacked under the top one.
        view.centre_on(3)
        qtbot.waitUntil(lambda: js(view, "rmdeskMap.stats().zoom", qtbot) == 18, timeout=10_000)
        qtbot.waitUntil(lambda: js(view, f"!!{place}", qtbot), timeout=10_000)
        qtbot.wait(500)  # the map has panned to show the list, and drawn again: still open
        listed = js(view, f"{place}.innerText", qtbot)
        assert "5 clients at this point" in listed and "Approximate" in listed
        assert all(f"椒江客户{i}" in listed for i in range(1, 6))
        assert js(view, "rmdeskMap.stats()", qtbot)["clusters"] == 1
        with qtbot.waitSignal(view.contact_chosen, timeout=10_000) as chosen:
            js(view, f"({place}.querySelector('a.rm-open[data-id=\"4\"]').click(), true)", qtbot)
        assert chosen.args == [4]
        with qtbot.waitSignal(view.log_requested, timeout=10_000) as logged:
            js(view, f"({place}.querySelector('a.rm-log[data-id=\"2\"]').click(), true)", qtbot)
        assert logged.args == [2]
    finally:
        view.close()
        runner.shutdown()
        shiboken6.delete(view)
        gc.collect()
