"""Finding an address's point with a geocoder the user configured: AMap's (高德) web
service, with the user's own key. Nothing is sent unless a key was given.

The key is kept in the system keyring, never in the book or a setting. AMap answers in
GCJ-02; the points come back converted to the WGS-84 rmdesk stores.
"""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rmdesk.domain.errors import RmdeskError
from rmdesk.planning.places import to_wgs84

AMAP_GEOCODE_URL = "https://restapi.amap.com/v3/geocode/geo"
KEYRING_SERVICE = "rmdesk-geocoder"
KEYRING_USER = "amap"
TIMEOUT_S = 8.0


@dataclass(frozen=True)
class Found:
    """A point an address was found at (WGS-84), as the geocoder wrote the address, and
    how precise it is (AMap's level: 门牌号, 兴趣点, 道路, 区县 ...)."""

    lat: float
    lon: float
    address: str
    level: str


class GeocoderFailed(RmdeskError):
    """The geocoder could not be asked or refused; nothing was changed. `reason`:
    unreachable, key, answer."""

    code = "geocoder_failed"

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        texts = {
            "unreachable": "the geocoder cannot be reached ({detail}); check the network",
            "key": "the geocoder refused the key ({detail}); check it in Settings",
            "answer": "the geocoder's answer cannot be read ({detail})",
        }
        super().__init__(texts.get(reason, texts["answer"]).format(detail=detail))


def find_key() -> str | None:
    """The geocoder key from the keyring, or None when none was given."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except KeyringError:
        return None


def store_key(key: str) -> None:
    """Keep (or, with "", forget) the key in the system keyring."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if key:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
        else:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except KeyringError as exc:
        raise GeocoderFailed("key", "this system has no keyring to keep it") from exc


def geocode_with_user_key(address: str, url: str = "") -> list[Found] | None:
    """`geocode` with the key the user keeps in the keyring; None when they gave none
    (nothing is sent then). `url` "" is AMap's."""
    key = find_key()
    return geocode(address, key, url or AMAP_GEOCODE_URL) if key else None


def geocode(address: str, key: str, url: str = AMAP_GEOCODE_URL) -> list[Found]:
    """Where an address is, best match first; [] when the geocoder knows no such place.
    GeocoderFailed when it cannot be asked or refuses."""
    query = urllib.parse.urlencode({"address": address, "key": key, "output": "JSON"})
    try:
        with urllib.request.urlopen(f"{url}?{query}", timeout=TIMEOUT_S) as answer:
            data = json.loads(answer.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GeocoderFailed("unreachable", str(reason)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise GeocoderFailed("answer", "not JSON") from exc
    if not isinstance(data, dict):
        raise GeocoderFailed("answer", "not an object")
    if str(data.get("status")) != "1":
        info = str(data.get("info", "refused"))
        raise GeocoderFailed("key" if "KEY" in info.upper() else "answer", info)
    found = []
    for entry in data.get("geocodes") or []:
        try:
            lon_text, lat_text = str(entry["location"]).split(",")
            lat, lon = to_wgs84(float(lat_text), float(lon_text), "gcj02")
        except (KeyError, ValueError) as exc:
            raise GeocoderFailed("answer", "a location cannot be read") from exc
        found.append(
            Found(lat, lon, str(entry.get("formatted_address", "")), str(entry.get("level", "")))
        )
    return found
