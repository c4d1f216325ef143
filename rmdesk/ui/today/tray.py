"""The tray icon while rmdesk runs: it shows how many of today's items are still to do,
and a notification comes when an appointment is near (REMIND_BEFORE minutes ahead) or a
call-back is due. A click brings the window back on Today. At midnight Today moves on
to the new day if it was showing the old one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

from rmdesk.domain.keeping import TodayItem
from rmdesk.ui.today.today_page import TodayPage

REMIND_BEFORE = dt.timedelta(minutes=15)  # an appointment's notice comes this early
CHECK_MS = 30_000


def count_icon(count: int) -> QIcon:
    """rmdesk's tray icon with the number still to do today drawn on it."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f5fa8"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(4, 4, 56, 56, 12, 12)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(34 if count < 100 else 24)
    painter.setFont(font)
    painter.drawText(QRect(4, 4, 56, 56), Qt.AlignmentFlag.AlignCenter, str(min(count, 999)))
    painter.end()
    return QIcon(pixmap)


class TodayTray(QObject):
    notified = Signal(str, str)  # title, text: a notification shown
    activated = Signal()  # the user clicked the icon or a notification

    def __init__(
        self,
        page: TodayPage,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.clock = clock
        self.count = 0
        self.shown_day = clock().date()  # the day Today showed when rmdesk last looked
        self._told: set[str] = set()  # the keys already notified
        self.locked = False  # while the window is locked, no client is named
        self.icon = QSystemTrayIcon(count_icon(0), self)
        self.icon.activated.connect(lambda _reason: self.activated.emit())
        self.icon.messageClicked.connect(self.activated)
        page.shown.connect(self.update_count)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
        self.timer.start()

    def _today_items(self) -> list[TodayItem]:
        today = self.clock().date()
        return self.page.items if self.page.chosen_day() == today else []

    def update_count(self) -> None:
        if self.page.chosen_day() != self.clock().date():
            return  # the page shows another day: the count stays today's
        today = self.clock().date()
        self.count = sum(1 for i in self.page.items if not i.done and i.date <= today)
        self.icon.setIcon(count_icon(self.count))
        self.icon.setToolTip(self.tr("rmdesk: %n to do today", "", self.count))

    def check(self) -> None:
        """Notify what has come due; move Today to a new day at midnight."""
        now = self.clock()
        if now.date() != self.shown_day:
            if self.page.chosen_day() == self.shown_day:
                self.page.set_day(now.date())
            self.shown_day = now.date()
            return
        for item in self._today_items():
            if item.done or not item.at or item.key in self._told or item.date != now.date():
                continue
            hour, minute = (int(part) for part in item.at.split(":"))
            due = dt.datetime.combine(item.date, dt.time(hour, minute))
            ahead = REMIND_BEFORE if item.kind == "appointment" else dt.timedelta()
            if due - ahead <= now <= due + dt.timedelta(hours=1):
                self._told.add(item.key)
                self.notify(item)

    def notify(self, item: TodayItem) -> None:
        if item.kind == "appointment":
            title = self.tr("Visit at {0}").format(item.at)
        else:
            title = self.tr("Call back at {0}").format(item.at)
        text = f"{item.client} · {item.title}"
        if self.locked:
            text = self.tr("Unlock rmdesk to see who.")
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notified.emit(title, text)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked

    def stop(self) -> None:
        self.timer.stop()
        self.icon.hide()
