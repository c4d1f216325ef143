"""Where contacts are: their pinned addresses, or their district's centre as an
approximation, from the offline gazetteer of Chinese administrative divisions that the
`geotool-cn` package ships (no network).

Also the one place that converts between WGS-84 (what rmdesk stores) and GCJ-02 (what
Chinese tile providers such as AMap draw in).
"""

from __future__ import annotations

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


def contact_places(store: Store, ids: list[int] | None = None) -> dict[int, Located]:
    """Every living contact that can be put on the map: the first address with a pin,
    else the centre of the first address's district (approximate)."""
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
