"""Batching by area: districts in the book, and who is near a contact."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Address, BookFilter, Contact
from rmdesk.domain.errors import NoLocation
from rmdesk.domain.geo import bounding_box, distance_km
from rmdesk.domain.kinds import AddressKind, Stage

# Two points in 椒江区 about 1.11 km apart along a meridian (0.01° of latitude).
BASE = (28.6760, 121.4420)


def test_distance_km_known_values() -> None:
    assert distance_km(*BASE, *BASE) == 0
    assert distance_km(28.676, 121.442, 28.686, 121.442) == pytest.approx(1.112, abs=0.002)
    # 台州 (椒江) to 杭州 (武林广场): about 215 km as the crow flies
    assert distance_km(28.676, 121.442, 30.274, 120.163) == pytest.approx(215, rel=0.03)


def test_bounding_box_holds_the_circle() -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(*BASE, 3.0)
    for bearing in range(0, 360, 15):
        # a point 2.99 km away in every direction stays inside the box
        dlat = 2.99 * math.cos(math.radians(bearing)) / 111.195
        dlon = 2.99 * math.sin(math.radians(bearing)) / (111.195 * math.cos(math.radians(BASE[0])))
        assert min_lat <= BASE[0] + dlat <= max_lat
        assert min_lon <= BASE[1] + dlon <= max_lon


def at(km_north: float, km_east: float = 0.0) -> tuple[float, float]:
    lat = BASE[0] + km_north / 111.195
    lon = BASE[1] + km_east / (111.195 * math.cos(math.radians(BASE[0])))
    return lat, lon


def person(
    name: str,
    district: str,
    point: tuple[float, float] | None,
    stage: Stage | None = None,
    work: tuple[float, float] | None = None,
) -> Contact:
    addresses = [
        Address(
            AddressKind.HOME,
            "1号",
            district=district,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
        )
    ]
    if work:
        addresses.append(
            Address(AddressKind.WORK, "2号", district="路桥区", lat=work[0], lon=work[1])
        )
    return Contact(name=name, addresses=addresses, stage=stage)


@pytest.fixture
def area(book: ContactBook) -> dict[str, int]:
    ids = {}
    for c in [
        person("中心", "椒江区", at(0)),
        person("近邻", "椒江区", at(0.5), Stage.INTEREST),
        person("稍远", "椒江区", at(0, 1.5)),
        person("远方", "黄岩区", at(10)),
        person("上班近", "黄岩区", at(20), work=at(-0.8)),
        person("无坐标", "椒江区", None),
    ]:
        ids[c.name] = book.save(c)
    return ids


def test_who_is_near_nearest_first(book: ContactBook, area: dict[str, int]) -> None:
    found = book.near(area["中心"], 2.0)
    assert [n.name for n in found] == ["近邻", "上班近", "稍远"]
    assert [round(n.distance_km, 1) for n in found] == [0.5, 0.8, 1.5]
    assert found[0].stage is Stage.INTEREST and found[0].district == "椒江区"
    assert [n.name for n in book.near(area["中心"], 0.6)] == ["近邻"]
    assert len(book.near(area["中心"], 30)) == 4  # 无坐标 cannot be placed


def test_the_trash_is_not_near(book: ContactBook, area: dict[str, int]) -> None:
    book.move_to_trash([area["近邻"]])
    assert [n.name for n in book.near(area["中心"], 2.0)] == ["上班近", "稍远"]


def test_no_location_is_a_clear_error(book: ContactBook, area: dict[str, int]) -> None:
    with pytest.raises(NoLocation) as caught:
        book.near(area["无坐标"], 2.0)
    assert "无坐标 has no address with coordinates" in str(caught.value)


def test_districts_counted_and_filtered(book: ContactBook, area: dict[str, int]) -> None:
    counts = dict(book.tie_counts().by_district)
    # 上班近 lives in 黄岩区 and works in 路桥区: counted in both.
    assert counts == {"椒江区": 4, "黄岩区": 2, "路桥区": 1}
    assert book.tie_counts().by_district[0] == ("椒江区", 4)  # most contacts first
    shown = book.list_ids(BookFilter(district="黄岩区"))
    assert set(shown) == {area["远方"], area["上班近"]}
    assert book.list_ids(BookFilter(district="路桥区")) == [area["上班近"]]


def test_cli_near_and_district(
    area: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["contacts", "near", str(area["中心"]), "--km", "1", "--json", "--db", str(db_path)])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["stage"]) for r in rows] == [("近邻", "interest"), ("上班近", None)]
    assert main(["contacts", "list", "--district", "路桥区", "--json", "--db", str(db_path)]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["上班近"]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rmdesk",
            "contacts",
            "near",
            str(area["无坐标"]),
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "has no address with coordinates" in done.stderr


def test_coordinates_copied_from_chinese_maps_are_converted() -> None:
    from GeoToolCN import wgs84_to_bd09, wgs84_to_gcj02

    from rmdesk.domain.geo import distance_km, parse_point
    from rmdesk.planning.places import to_wgs84

    true = (28.656, 121.420)  # 台州市政府, GPS
    gcj_lon, gcj_lat = wgs84_to_gcj02(true[1], true[0])
    bd_lon, bd_lat = wgs84_to_bd09(true[1], true[0])
    # Taken as GPS they land far off; converted, within a few metres.
    assert 0.3 < distance_km(*true, gcj_lat, gcj_lon) < 0.8
    assert 0.8 < distance_km(*true, bd_lat, bd_lon) < 1.6
    assert distance_km(*true, *to_wgs84(gcj_lat, gcj_lon, "gcj02")) < 0.005
    assert distance_km(*true, *to_wgs84(bd_lat, bd_lon, "bd09")) < 0.01
    # Pasted as the maps copy them (longitude first) or as GPS apps do.
    assert parse_point("121.42,28.656") == (28.656, 121.42)
    assert parse_point("28.656, 121.42") == (28.656, 121.42)
    assert parse_point("28.656，121.42") == (28.656, 121.42)
    assert parse_point("28.656") is None and parse_point("椒江区") is None


def test_the_district_an_address_names_comes_from_the_gazetteer() -> None:
    from rmdesk.planning.places import district_in

    assert district_in("浙江省台州市椒江区市府大道1号") == ("浙江省", "台州市", "椒江区")
    assert district_in("北京市朝阳区建国路88号")[2] == "朝阳区"
    assert district_in("长春市朝阳区")[1] == "长春市", "the same name, told apart by its city"
    assert district_in("温岭市太平街道")[2] == "温岭市"
    assert district_in("楼下便利店") is None


def test_a_configured_geocoder_finds_an_address(amap_geocoder) -> None:
    from conftest import TRUE_POINT, free_port

    from rmdesk.domain.geo import distance_km
    from rmdesk.planning.geocode import GeocoderFailed, geocode

    found = geocode("台州市椒江区市府大道1号", "good", amap_geocoder)
    assert found and found[0].level == "门牌号"
    assert distance_km(*TRUE_POINT, found[0].lat, found[0].lon) < 0.01, "GCJ-02 converted"
    with pytest.raises(GeocoderFailed, match="INVALID_USER_KEY") as refused:
        geocode("x", "wrong", amap_geocoder)
    assert refused.value.reason == "key" and "wrong" not in str(refused.value)
    with pytest.raises(GeocoderFailed) as garbage:
        geocode("x", "garbage", amap_geocoder)
    assert garbage.value.reason == "answer"
    with pytest.raises(GeocoderFailed) as down:
        geocode("x", "good", f"http://127.0.0.1:{free_port()}/v3/geocode/geo")
    assert down.value.reason == "unreachable"
