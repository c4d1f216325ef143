"""Where contacts are: their pinned addresses, or their district's centre as an
approximation, from the offline gazetteer of Chinese administrative divisions that the
`geotool-cn` package ships (no network).

Also the one place that converts between WGS-84 (what rmdesk stores) and GCJ-02 (what
Chinese tile providers such as AMap draw in).
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from typing import Any

from rmdesk.store.database import Store, in_list


@dataclass(frozen=True)
class Located:
    """A contact's point on the map. `approx` means "district centre, not a pin"."""

    contact_id: int
    lat: float
    lon: float
    approx: bool
    district: str = ""


@functools.lru_cache(maxsize=4096)
def district_centre(
    district: str, city: str = "", province: str = ""
) -> tuple[float, float] | None:
    """(lat, lon) of a county-level division's centre, or None if the gazetteer has no
    unambiguous match. The city or province resolves names used in several places
    (朝阳区 is in Beijing and in Changchun)."""
    if not district.strip():
        return None
    from GeoToolCN import search

    hints: dict[str, Any] = {}
    if city.strip():
        hints["city"] = city.strip()
    elif province.strip():
        hints["province"] = province.strip()
    try:
        found = search(district.strip(), level="district", **hints)
    except (ValueError, LookupError):
        found = []
    if len(found) != 1 and hints:
        found = search(district.strip(), level="district")
    if len(found) != 1:
        return None
    return (found[0].latitude, found[0].longitude)


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """Stored WGS-84 → GCJ-02 for drawing on a Chinese provider's tiles. Outside China
    the two systems agree, and the point comes back unchanged."""
    from GeoToolCN import wgs84_to_gcj02 as convert

    lon2, lat2 = convert(lon, lat)  # geotool-cn takes and gives (lng, lat)
    return (lat2, lon2)


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """A point picked on GCJ-02 tiles → WGS-84 for storing."""
    from GeoToolCN import gcj02_to_wgs84 as convert

    lon2, lat2 = convert(lon, lat)  # geotool-cn takes and gives (lng, lat)
    return (lat2, lon2)


COORDINATE_SYSTEMS = ("wgs84", "gcj02", "bd09")  # GPS; 高德 and 腾讯; 百度


def to_wgs84(lat: float, lon: float, system: str) -> tuple[float, float]:
    """A point copied from a Chinese map, in the system it was copied in, as WGS-84:
    高德 and 腾讯 give GCJ-02 (480–600 m off as GPS), 百度 BD-09 (1.1–1.4 km off)."""
    if system == "wgs84":
        return lat, lon
    if system == "gcj02":
        return gcj02_to_wgs84(lat, lon)
    if system == "bd09":
        from GeoToolCN import bd09_to_wgs84

        lon2, lat2 = bd09_to_wgs84(lon, lat)  # geotool-cn takes and gives (lng, lat)
        return (lat2, lon2)
    raise ValueError(f"unknown coordinate system {system!r}")


def district_in(text: str) -> tuple[str, str, str] | None:
    """(province, city, district) of the county-level division an address names
    ("浙江省台州市椒江区市府大道1号" → 椒江区; "北京市朝阳区…" → Beijing's, not Changchun's),
    from the offline gazetteer; None if it names none, or several it cannot tell apart."""
    import re

    from GeoToolCN import search

    province = city = ""
    for name in re.findall(r"[\u4e00-\u9fff]+?(?:自治区|省|市|区|县|旗)", text):
        hints = {"province": province} if province else {}
        if city:
            hints = {"city": city}
        found: list[Any] = []
        with contextlib.suppress(ValueError, LookupError):
            found = search(name, level="district", fuzzy=False, **hints)
        if len(found) == 1:
            return _with_parents(found[0].code, found[0].name)
        if name.endswith(("省", "自治区")):
            province = name
        elif name.endswith("市"):
            with contextlib.suppress(ValueError, LookupError):
                if search(name, level="city", fuzzy=False, **hints):
                    city = name
                elif search(name, level="province", fuzzy=False):
                    province = name  # 北京市, 上海市: a city that is a province
    return None


def _with_parents(code: str, district: str) -> tuple[str, str, str]:
    """(province, city, district) of a county-level division, by its code."""
    from GeoToolCN import lookup_adcode

    found = None
    with contextlib.suppress(ValueError, LookupError):
        found = lookup_adcode(code)
    province = found.province.name if found is not None and found.province else ""
    city = found.city.name if found is not None and found.city else ""
    return province, city, district


def contact_places(store: Store, ids: list[int] | None = None) -> dict[int, Located]:
    """Every living contact that can be put on the map: the first address with a pin,
    else the centre of the first address's district (approximate)."""
    from rmdesk.contacts.index import ensure_book_index

    ensure_book_index(store)  # which contacts are living is kept in the book index
    params: dict[str, Any] = {"alive": True}
    where = ""
    if ids is not None:
        if not ids:
            return {}
        placeholders, id_params = in_list("id", ids)
        where = f" AND a.contact_id IN ({placeholders})"
        params.update(id_params)
    rows = store.read(
        "SELECT a.contact_id, a.lat, a.lon, a.district, a.city, a.province FROM addresses a "
        "JOIN contact_search s ON s.contact_id = a.contact_id AND s.alive = :alive"
        f"{where} ORDER BY a.contact_id, a.position",
        params,
    )
    pinned: dict[int, Located] = {}
    approx: dict[int, Located] = {}
    for cid, lat, lon, district, city, province in rows:
        if cid in pinned:
            continue
        if lat is not None and lon is not None:
            pinned[cid] = Located(cid, lat, lon, False, district or "")
        elif cid not in approx and district:
            centre = district_centre(district, city or "", province or "")
            if centre is not None:
                approx[cid] = Located(cid, centre[0], centre[1], True, district)
    for cid, place in approx.items():
        pinned.setdefault(cid, place)
    return pinned


@dataclass(frozen=True)
class VisitPlace:
    """Where a visit goes: the address it was planned for (its text, kind, district)
    and its point — the pin, else the district's centre (`approx`), else None."""

    text: str
    kind: str
    district: str
    point: tuple[float, float] | None
    approx: bool


def client_addresses(store: Store, ids: list[int]) -> dict[int, list[VisitPlace]]:
    """Each contact's addresses in order, each with the point a visit there would use."""
    if not ids:
        return {}
    placeholders, params = in_list("id", ids)
    out: dict[int, list[VisitPlace]] = {}
    for cid, kind, text, lat, lon, district, city, province in store.read(
        "SELECT contact_id, kind, text, lat, lon, district, city, province FROM addresses "
        f"WHERE contact_id IN ({placeholders}) ORDER BY contact_id, position",
        params,
    ):
        point: tuple[float, float] | None = None
        approx = False
        if lat is not None and lon is not None:
            point = (lat, lon)
        elif district:
            point = district_centre(district, city or "", province or "")
            approx = point is not None
        out.setdefault(cid, []).append(VisitPlace(text or "", kind, district or "", point, approx))
    return out


def address_of(addresses: list[VisitPlace], kind: str | None) -> VisitPlace | None:
    """The address a visit was planned for: of that kind, else (kind None) the first.
    Never another address: a visit to a home without a pin is not routed to the office."""
    if not addresses:
        return None
    if kind is None:
        return addresses[0]
    return next((a for a in addresses if a.kind == kind), None)
