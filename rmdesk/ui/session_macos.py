"""macOS says whether the session's screen is locked in the session dictionary Core
Graphics keeps (the key CGSSessionScreenIsLocked is there while it is); rmdesk looks
every two seconds, through ctypes (no extra package)."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 2000
UTF8 = 0x08000100  # kCFStringEncodingUTF8


class MacSessionPoll(QObject):
    def __init__(self, on_lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_lock = on_lock
        self._was_locked = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)

    def start(self) -> bool:
        """Whether the frameworks answer (then the polling runs)."""
        graphics = ctypes.util.find_library("CoreGraphics")
        foundation = ctypes.util.find_library("CoreFoundation")
        if not graphics or not foundation:
            return False
        self._cg = ctypes.cdll.LoadLibrary(graphics)
        self._cf = ctypes.cdll.LoadLibrary(foundation)
        self._cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
        ]
        self._cf.CFDictionaryGetValue.restype = ctypes.c_void_p
        self._cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._cf.CFRelease.argtypes = [ctypes.c_void_p]
        self._key = self._cf.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", UTF8)
        if not self._key:
            return False
        self._timer.start()
        return True

    def _look(self) -> None:
        session = self._cg.CGSessionCopyCurrentDictionary()
        if not session:
            return
        try:
            locked = bool(self._cf.CFDictionaryGetValue(session, self._key))
        finally:
            self._cf.CFRelease(session)
        if locked and not self._was_locked:
            self._on_lock()
        self._was_locked = locked
