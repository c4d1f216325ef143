"""The user's interface preferences (language, window layout), kept in an INI file."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

from rmdesk.domain.protection import LOCK_AFTER_MINUTES

MAX_LOCK_MINUTES = 240


def default_settings_path() -> Path:
    return Path(user_config_dir("rmdesk", appauthor=False)) / "rmdesk.ini"


class Preferences:
    SYSTEM = "system"

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """ "system", "zh_CN" or "en"."""
        value = self._settings.value("language", self.SYSTEM)
        return str(value) if value in (self.SYSTEM, "zh_CN", "en") else self.SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)
        self._settings.sync()

    @property
    def tiles(self) -> str:
        """The map's tile provider: "amap" (default: 高德 loads in China), "osm" or "none"
        (offline)."""
        value = self._settings.value("map/tiles", "amap")
        return str(value) if value in ("osm", "amap", "none") else "amap"

    @tiles.setter
    def tiles(self, value: str) -> None:
        self._settings.setValue("map/tiles", value)
        self._settings.sync()

    @property
    def geocoder_url(self) -> str:
        """The geocoder's address: "" for AMap's web service (a bank may proxy it)."""
        return str(self._settings.value("geocoder/url", "") or "")

    @geocoder_url.setter
    def geocoder_url(self, value: str) -> None:
        self._settings.setValue("geocoder/url", value)
        self._settings.sync()

    @property
    def call_quota(self) -> tuple[int, int]:
        """Calls a day the RM aims at: (least, most); the guide's 30-50 by default."""
        low, high = (
            _int(self._settings.value(f"calls/{k}"), d) for k, d in (("min", 30), ("max", 50))
        )
        return (low, high) if 0 < low <= high else (30, 50)

    @call_quota.setter
    def call_quota(self, value: tuple[int, int]) -> None:
        self._settings.setValue("calls/min", value[0])
        self._settings.setValue("calls/max", value[1])
        self._settings.sync()

    @property
    def call_target(self) -> int:
        """The success rate aimed at, in percent of calls that book a visit (10)."""
        value = _int(self._settings.value("calls/target"), 10)
        return value if 0 < value <= 100 else 10

    @call_target.setter
    def call_target(self, value: int) -> None:
        self._settings.setValue("calls/target", value)
        self._settings.sync()

    @property
    def lock_minutes(self) -> int:
        """Minutes without input before the window locks; 0: never (by itself)."""
        value = _int(self._settings.value("lock/minutes"), LOCK_AFTER_MINUTES)
        return value if 0 <= value <= MAX_LOCK_MINUTES else LOCK_AFTER_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._settings.setValue("lock/minutes", value)
        self._settings.sync()

    def layout(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{key}", value)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
