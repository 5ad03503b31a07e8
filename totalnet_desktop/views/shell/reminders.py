"""Reminders when the window is closed: a tray icon with the count due and a daily notification.

Off by default. The first run asks once (a bar in the main window, not a dialog); Preferences turns it
on or off, sets the time of the daily notification and whether closing the window keeps TotalNet in
the tray. The settings live in the data folder's window.ini:

    reminders/enabled  reminders/time (HH:MM)  reminders/keep_in_tray  reminders/asked
    reminders/last_day (the day a notification was shown)  reminders/last_count

A timer checks once a minute: at or after the chosen time, once a day, the tray shows "N follow-ups
due today"; later the same day it speaks again only when more items fall due (a snoozed item comes
back, a new one is added).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from totalnet_desktop import paths
from totalnet_desktop.i18n import translate
from totalnet_desktop.theme import palette

logger = logging.getLogger(__name__)

DEFAULT_TIME = "08:30"
CHECK_EVERY_MS = 60_000


def _bool(value) -> bool:
    return str(value).lower() in ("1", "true", "yes")


class ReminderSettings:
    """The reminder choices in a QSettings (window.ini)."""

    def __init__(self, settings):
        self.settings = settings

    @property
    def enabled(self) -> bool:
        return _bool(self.settings.value("reminders/enabled", False))

    @property
    def asked(self) -> bool:
        return _bool(self.settings.value("reminders/asked", False))

    @property
    def keep_in_tray(self) -> bool:
        return _bool(self.settings.value("reminders/keep_in_tray", False))

    @property
    def time(self) -> QTime:
        parsed = QTime.fromString(str(self.settings.value("reminders/time", DEFAULT_TIME)), "HH:mm")
        return parsed if parsed.isValid() else QTime.fromString(DEFAULT_TIME, "HH:mm")

    def set(self, **values) -> None:
        for key, value in values.items():
            if isinstance(value, QTime):
                value = value.toString("HH:mm")
            self.settings.setValue(f"reminders/{key}", value)
        self.settings.sync()


def due_now(today: dt.date | None = None) -> int:
    """Follow-ups due today or overdue: what the tray counts."""
    from totalnet_desktop.core.followups import queue as followups  # after the first paint: not at start-up

    counts = followups.counts(today)
    return counts.overdue + counts.today


def due_message(count: int) -> str:
    """'3 follow-ups due today' in the user's language (plural through %n)."""
    if count == 0:
        return translate("Reminders", "No follow-ups due today")
    return translate("Reminders", "%n follow-up(s) due today", None, count)


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app icon (from the SVG, sharp at any scale) with the count due in a red disc."""
    source = QIcon(str(paths.resources_dir() / "icons" / "totalnet.svg"))
    icon = QIcon()
    for side in (16, 22, 24, 32, 48, size, size * 2):
        pixmap = source.pixmap(QSize(side, side))
        if pixmap.isNull():
            pixmap = QPixmap(side, side)
            pixmap.fill(QColor(palette.BADGE["icon_fallback"]))
        if count:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            disc = QRectF(side * 0.42, side * 0.42, side * 0.58, side * 0.58)
            painter.setBrush(QColor(palette.BADGE["background"]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(disc)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(6, int(side * 0.36)))
            painter.setFont(font)
            painter.setPen(QColor(palette.BADGE["text"]))
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
            painter.end()
        icon.addPixmap(pixmap)
    return icon


class Reminders(QObject):
    """The tray icon and the daily notification for one main window."""

    notified = Signal(str, str)  # title, message: every notification shown (tests read it)
    open_followups = Signal()

    def __init__(self, window: QWidget, settings, today=None):
        super().__init__(window)
        self.window = window
        self.choices = ReminderSettings(settings)
        self._today = today or dt.date.today
        self.tray: QSystemTrayIcon | None = None
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.apply()

    # ---- on / off ------------------------------------------------------------------------
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def apply(self) -> None:
        """Show or hide the tray icon and start or stop the timer to match the settings."""
        if self.choices.enabled:
            self._ensure_tray()
            self.refresh()
            self.timer.start()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def _ensure_tray(self) -> None:
        if self.tray is not None:
            self.tray.show()
            return
        self.tray = QSystemTrayIcon(self)
        menu = QMenu(self.window)
        menu.setObjectName("tray_menu")
        for name, text, slot in (
            ("tray_open", translate("Reminders", "Open TotalNet"), self.show_window),
            ("tray_followups", translate("Reminders", "Today's follow-ups"), self._show_followups),
            ("tray_quit", translate("Reminders", "Quit"), self._quit),
        ):
            action = QAction(text, menu)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.menu = menu
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._show_followups)
        self.tray.show()

    # ---- the count and the notification --------------------------------------------------
    def refresh(self) -> int:
        """Re-count what is due and update the icon and its tooltip."""
        try:
            self.count = due_now(self._today())
        except Exception:
            logger.exception("could not count the follow-ups due")
            return self.count
        if self.tray is not None:
            self.tray.setIcon(badge_icon(self.count))
            self.tray.setToolTip(f"TotalNet - {due_message(self.count)}")
        return self.count

    def check(self, now: dt.datetime | None = None) -> bool:
        """Notify when it is time (once a day, and again when more items fall due); True if it did."""
        if not self.choices.enabled:
            return False
        now = now or dt.datetime.now()
        count = self.refresh()
        chosen = self.choices.time
        if (now.hour, now.minute) < (chosen.hour(), chosen.minute()):
            return False
        today = now.date().isoformat()
        settings = self.choices.settings
        last_day = str(settings.value("reminders/last_day", ""))
        last_count = int(settings.value("reminders/last_count", 0) or 0)
        if count == 0 or (last_day == today and count <= last_count):
            if last_day == today and count < last_count:
                self.choices.set(last_count=count)
            return False
        self.choices.set(last_day=today, last_count=count)
        title = translate("Reminders", "TotalNet follow-ups")
        message = due_message(count)
        self.notified.emit(title, message)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, badge_icon(count), 10_000)
        return True

    # ---- window ------------------------------------------------------------------------
    def keeps_running(self) -> bool:
        """Closing the window hides it to the tray (only if the member chose that)."""
        return (self.choices.enabled and self.choices.keep_in_tray and self.available()
                and self.tray is not None and self.tray.isVisible())

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _show_followups(self) -> None:
        self.show_window()
        self.open_followups.emit()

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        if hasattr(self.window, "quit_app"):
            self.window.quit_app()
        else:
            QApplication.quit()
