"""What the map shows and what it changes, in plain Python (the map view calls these
off the GUI thread)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Address
from rmdesk.domain.geo import inside_polygon
from rmdesk.domain.kinds import AddressKind
from rmdesk.planning.places import Located, contact_places, gcj02_to_wgs84, wgs84_to_gcj02
from rmdesk.store.database import Store, as_date

MAX_MARKERS = 20_000  # beyond this the map shows the first ones of the current list


@dataclasses.dataclass(frozen=True)
class Frame:
    """The coordinate system the tiles are drawn in: WGS-84, or GCJ-02 for AMap."""

    gcj02: bool = False

    def to_map(self, lat: float, lon: float) -> tuple[float, float]:
        return wgs84_to_gcj02(lat, lon) if self.gcj02 else (lat, lon)

    def from_map(self, lat: float, lon: float) -> tuple[float, float]:
        return gcj02_to_wgs84(lat, lon) if self.gcj02 else (lat, lon)


def marker_records(
    store: Store, ids: Sequence[int], frame: Frame, today: dt.date
) -> list[list[Any]]:
    """[id, lat, lon, name, company, stage, tie, approx, next visit] per located contact,
    in map coordinates: the page draws markers from this data, not from HTML."""
    ids = list(ids)[:MAX_MARKERS]
    places = contact_places(store, ids)
    book = ContactBook(store)
    rows = book.rows(list(places))
    next_visits = _next_visits(store, today)
    out = []
    for cid in ids:
        place, row = places.get(cid), rows.get(cid)
        if place is None or row is None:
            continue
        lat, lon = frame.to_map(place.lat, place.lon)
        nxt = next_visits.get(cid)
        out.append(
            [
                cid,
                round(lat, 6),
                round(lon, 6),
                row.name,
                row.company,
                row.stage.value if row.stage else "",
                row.ties[0].value if row.ties else "",
                1 if place.approx else 0,
                nxt.strftime("%Y-%m-%d %H:%M") if nxt else "",
            ]
        )
    return out


def _next_visits(store: Store, today: dt.date) -> dict[int, dt.datetime]:
    found: dict[int, dt.datetime] = {}
    for cid, day, start in store.read(
        "SELECT contact_id, day, window_start FROM visit_plans WHERE day >= :today "
        "AND status IN ('proposed', 'booked') ORDER BY day DESC, window_start DESC",
        {"today": today},
    ):
        when = as_date(day)
        if when is not None:
            found[cid] = dt.datetime.combine(when, dt.time.fromisoformat(start))
    return found


def contacts_in_area(
    store: Store, ring: Sequence[tuple[float, float]], frame: Frame, ids: Sequence[int] | None
) -> list[int]:
    """The contacts (of `ids`, or the whole book) whose place lies inside a shape drawn
    on the map (vertices in map coordinates), in the order of `ids`."""
    wgs = [frame.from_map(lat, lon) for lat, lon in ring]
    if len(wgs) < 3:
        return []
    places = contact_places(store, list(ids) if ids is not None else None)
    order = list(ids) if ids is not None else sorted(places)
    return [
        cid
        for cid in order
        if cid in places and inside_polygon(places[cid].lat, places[cid].lon, wgs)
    ]


def place_contact(store: Store, contact_id: int, lat: float, lon: float) -> Located:
    """Pin a contact at a WGS-84 point: the first address gets the coordinates (a new
    home address if there is none). An address without a district gets the one the
    gazetteer finds there."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"not a point on the earth: {lat}, {lon}")
    book = ContactBook(store)
    contact = book.get(contact_id)
    addresses = list(contact.addresses) or [Address(AddressKind.HOME)]
    first = dataclasses.replace(addresses[0], lat=round(lat, 6), lon=round(lon, 6))
    if not first.district:
        from GeoToolCN import reverse

        found = reverse(lat, lon)
        if found is not None and found.district is not None:
            first = dataclasses.replace(
                first,
                district=found.district.name,
                city=found.city.name if found.city else "",
                province=found.province.name if found.province else "",
            )
    addresses[0] = first
    book.save(dataclasses.replace(contact, addresses=addresses))
    return Located(contact_id, first.lat or lat, first.lon or lon, False, first.district)
