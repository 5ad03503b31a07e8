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

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, embedded, is_right_to_left, translate
from totalnet_desktop.views.shell.badge_icon import badge_icon

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
    return translate("Reminders", "%Ln follow-up(s) due today", None, count)  # %Ln: the locale's digits


def tooltip_text(count: int) -> str:
    """'TotalNet - 3 follow-ups due today'. Right to left it starts with a right-to-left mark and keeps
    the name whole, or the line would start left to right at 'TotalNet' and put the number after the words."""
    text = f"{embedded('TotalNet')} - {due_message(count)}"
    return f"\u200f{text}" if is_right_to_left() else text


TRAY_TEXTS = {"tray_open": QT_TRANSLATE_NOOP("Reminders", "Open TotalNet"),
              "tray_followups": QT_TRANSLATE_NOOP("Reminders", "Today's follow-ups"),
              "tray_quit": QT_TRANSLATE_NOOP("Reminders", "Quit")}


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
        self._shown: tuple[int, str] | None = None  # the count and digits the tray's icon shows
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
        self.tray = QSystemTrayIcon(badge_icon(self.count), self)  # an icon before show(): Qt warns otherwise
        self._shown = (self.count, QLocale().toString(self.count))
        menu = QMenu(self.window)
        menu.setObjectName("tray_menu")
        for name, text, slot in (
            ("tray_open", TRAY_TEXTS["tray_open"], self.show_window),
            ("tray_followups", TRAY_TEXTS["tray_followups"], self._show_followups),
            ("tray_quit", TRAY_TEXTS["tray_quit"], self._quit),
        ):
            action = QAction(translate("Reminders", text), menu)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.menu = menu
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._show_followups)
        self.tray.show()

    def retranslate(self) -> None:
        """The tray menu and tooltip in the language just chosen (Preferences)."""
        if self.tray is None:
            return
        for action in self.menu.actions():
            if action.objectName() in TRAY_TEXTS:
                action.setText(translate("Reminders", TRAY_TEXTS[action.objectName()]))
        self.menu.setLayoutDirection(self.window.layoutDirection())
        self.refresh()

    # ---- the count and the notification --------------------------------------------------
    def refresh(self) -> int:
        """Re-count what is due and update the icon and its tooltip."""
        try:
            self.count = due_now(self._today())
        except Exception:
            logger.exception("could not count the follow-ups due")
            return self.count
        if self.tray is not None:
            shown = (self.count, QLocale().toString(self.count))  # the digits change with the language
            if shown != self._shown:  # redrawn only when the count or its digits change, not on every edit
                self._shown = shown
                self.tray.setIcon(badge_icon(self.count))
            self.tray.setToolTip(tooltip_text(self.count))
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
