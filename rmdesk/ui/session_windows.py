"""Windows tells a window that registered for it when the session locks (Win+L, a
screen saver with a password, a closed lid): WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK.
A hidden window registers; a native event filter reads the message."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray
from PySide6.QtWidgets import QApplication, QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._window = QWidget()  # never shown: a handle to receive the message

    def register(self) -> bool:
        if sys.platform != "win32":
            return False
        import ctypes

        hwnd = int(self._window.winId())
        if not ctypes.windll.wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
            return False
        app = QApplication.instance()
        if app is None:
            return False
        app.installNativeEventFilter(self)
        return True

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if sys.platform == "win32" and bytes(eventType) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._on_lock()
        return False, 0
