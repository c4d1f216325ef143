"""How long it takes to drive between two points.

By default: straight-line distance × a detour factor ÷ an average urban speed (all set
with the branch). If the user configured an OSRM server, its table service gives real
road durations and distances. Nothing here reaches the network unless configured.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.geo import distance_km

Point = tuple[float, float]  # (lat, lon), WGS-84


class TravelUnavailable(RmdeskError):
    """The configured routing server could not give travel times."""

    code = "travel_unavailable"

    def __init__(self, url: str, detail: str) -> None:
        self.url = url
        self.detail = detail
        super().__init__(
            f"the routing server {url} did not answer ({detail}); check its address in the "
            "planning settings, or clear it to plan with straight-line distances"
        )


@dataclass(frozen=True)
class Matrix:
    """Travel between every pair of points: whole seconds and metres."""

    seconds: list[list[int]]
    metres: list[list[int]]


@dataclass(frozen=True)
class StraightLine:
    """Straight-line distance × detour ÷ speed."""

    detour: float = 1.4
    speed_kmh: float = 25.0

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        """(seconds, metres) from a to b."""
        km = distance_km(a[0], a[1], b[0], b[1]) * self.detour
        return round(km / self.speed_kmh * 3600), round(km * 1000)

    def matrix(self, points: Sequence[Point]) -> Matrix:
        n = len(points)
        seconds = [[0] * n for _ in range(n)]
        metres = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                s, m = self.leg(points[i], points[j])
                seconds[i][j] = seconds[j][i] = s
                metres[i][j] = metres[j][i] = m
        return Matrix(seconds, metres)


@dataclass(frozen=True)
class Osrm:
    """An OSRM server's table service (`/table/v1/driving/...`)."""

    url: str
    timeout_s: float = 15.0

    def matrix(self, points: Sequence[Point]) -> Matrix:
        import urllib.error
        import urllib.request

        coords = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in points)
        address = f"{self.url.rstrip('/')}/table/v1/driving/{coords}?annotations=duration,distance"
        try:
            with urllib.request.urlopen(address, timeout=self.timeout_s) as answer:
                data = json.load(answer)
        except urllib.error.HTTPError as exc:
            raise TravelUnavailable(self.url, f"HTTP {exc.code}") from exc
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise TravelUnavailable(self.url, str(reason)) from exc
        except ValueError as exc:
            raise TravelUnavailable(self.url, "the answer is not JSON") from exc
        if data.get("code") != "Ok":
            raise TravelUnavailable(self.url, str(data.get("message") or data.get("code")))
        try:
            durations = data["durations"]
            distances = data["distances"]
            n = len(points)
            if len(durations) != n or len(distances) != n:
                raise ValueError
            return Matrix(
                [[round(v) for v in row] for row in durations],
                [[round(v) for v in row] for row in distances],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise TravelUnavailable(self.url, "an unreachable point or a malformed answer") from exc
