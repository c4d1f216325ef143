"""Settings: the geocoder key is read from the keyring and kept there off the GUI
thread (a locked keyring may first ask for its own password)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.planning.geocode import KEYRING_SERVICE, KEYRING_USER


def test_the_geocoder_key_is_read_and_kept_without_holding_up_the_window(
    desk,  # noqa: F811
    qtbot,
    memory_keyring,
) -> None:
    from rmdesk.ui.settings_dialog import SettingsDialog

    window = desk.window
    memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USER)] = "old-key"
    answer = threading.Event()
    asked = threading.Event()
    read = memory_keyring.get_password

    def slow(service: str, user: str) -> str | None:  # the keyring asks for its password
        asked.set()
        answer.wait(timeout=10)
        return read(service, user)

    memory_keyring.get_password = slow  # type: ignore[method-assign]
    seen: list[tuple[bool, str, str]] = []

    def in_the_dialog() -> None:
        dialog = window.findChild(SettingsDialog)
        key = dialog.geocoder_key
        qtbot.waitUntil(asked.is_set, timeout=WAIT)
        seen.append((key.isEnabled(), key.placeholderText(), key.text()))  # while it asks
        answer.set()
        qtbot.waitUntil(key.isEnabled, timeout=WAIT)
        seen.append((key.isEnabled(), key.placeholderText(), key.text()))
        key.selectAll()
        qtbot.keyClicks(key, "new-key")
        dialog.accept()

    QTimer.singleShot(0, in_the_dialog)
    window.open_settings()
    assert seen == [
        (False, "Reading the keyring…", ""),
        (True, "Optional: your AMap web-service key", "old-key"),
    ]
    qtbot.waitUntil(
        lambda: memory_keyring.secrets.get((KEYRING_SERVICE, KEYRING_USER)) == "new-key",
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog), timeout=WAIT)  # gone
