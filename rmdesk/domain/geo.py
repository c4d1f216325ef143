"""Distances on the earth between WGS-84 points."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box that holds the circle: a cheap SQL
    prefilter before the exact distance."""
    dlat = radius_km / KM_PER_DEGREE_LAT
    cos_lat = max(math.cos(math.radians(lat)), 0.01)
    dlon = radius_km / (KM_PER_DEGREE_LAT * cos_lat)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def inside_polygon(lat: float, lon: float, ring: list[tuple[float, float]]) -> bool:
    """Whether a point lies inside a ring of (lat, lon) vertices (even-odd rule; the
    ring closes itself). Areas drawn on a city map are small enough to treat as flat."""
    inside = False
    n = len(ring)
    for k in range(n):
        (lat1, lon1), (lat2, lon2) = ring[k], ring[(k + 1) % n]
        if (lat1 > lat) != (lat2 > lat):
            cross = lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1)
            if lon < cross:
                inside = not inside
    return inside


_NUMBER = r"[-+]?\d+(?:\.\d+)?"


def parse_point(text: str) -> tuple[float, float] | None:
    """(lat, lon) from a pasted pair: "28.656, 121.42" as GPS apps write it, or
    "121.42,28.656" as 高德, 腾讯 and 百度 copy it (longitude first). In China a
    latitude is below 60 and a longitude above 70, which tells the order."""
    import re

    found = re.findall(_NUMBER, text.replace("，", ","))
    if len(found) != 2 or not re.fullmatch(
        rf"\s*{_NUMBER}\s*[,;\s]\s*{_NUMBER}\s*", text.replace("，", ",")
    ):
        return None
    a, b = float(found[0]), float(found[1])
    if abs(a) <= 90 and abs(b) <= 180 and not (abs(a) > 70 and abs(b) < 60):
        return a, b
    if abs(b) <= 90 and abs(a) <= 180:
        return b, a
    return None
