"""The window's side of a database that may only be read (core.store.read_only): a reports login on
the chapter server, or a copy opened read-only (the last local snapshot of a lost server, a backup).

One place for every screen: the gate disables the window's writing actions and the screens' writing
buttons (found by their attribute names below, or marked with ``writes(button)`` where a screen keeps
them in no attribute, so no screen carries read-only code of its own), keeps them off
when a screen turns them on again for a selection, and refuses an editing dialog before it is on
screen, with one sentence in the status bar: "This login can read only: <login>". A write that still
reaches the store is refused there with the same sentence, before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from totalnet_desktop.core.store import read_only
from totalnet_desktop.i18n import tr_core

# The window's menu actions that write (File > Import..., Edit > New contact, ...).
WRITING_ACTIONS = ("action_import", "action_import_history", "action_restore", "action_new_contact",
                   "action_add_followup", "action_undo", "action_publish_meeting")

# Each screen's widgets that write, by attribute path from the screen (a dict or list: every member).
WRITING_WIDGETS = {
    "contacts": ("new_button", "log_button", "merge_button", "restore_button", "empty_button",
                 "detail.edit_button", "detail.log_button", "detail.me_button"),
    "meeting": ("box", "slip_bar.buttons", "header.buttons.roster", "header.buttons.close",
                "setup.create_button", "setup.choose_button"),
    "followups": ("buttons.add", "buttons.done", "buttons.snooze", "buttons.reschedule", "buttons.dismiss",
                  "buttons.undo"),
    "insights": (),
    "chapter": ("lights.edit_button",),
}

# Dialogs in which the user would type something to be saved: refused before they are shown.
EDITING_DIALOGS = ("ContactEditor", "LogTouchDialog", "MergeDialog", "AddFollowUpDialog", "SnoozeDialog",
                   "DatePickDialog", "FollowUpDoneDialog", "SlipDialog", "RosterDialog", "MeetingDateDialog",
                   "ImportDialog", "HistoryDialog", "SchemeDialog", "RestoreDialog", "ProtectDialog",
                   "BackupRewriteDialog", "ContactPicker")


Writing = QWidget | QAction

# The dynamic property that marks a widget as one that writes (``writes``); the gate finds it anywhere
# under a screen.
WRITES = "totalnetWrites"


def writes(*widgets: QWidget) -> None:
    """Mark ``widgets`` as writing to the database: off, with the read-only sentence, on a read-only one."""
    for widget in widgets:
        widget.setProperty(WRITES, True)


def marked(screen: QObject) -> list[QWidget]:
    """The widgets under ``screen`` marked by ``writes``."""
    return [w for w in screen.findChildren(QWidget) if w.property(WRITES)]


def _resolve(screen: object, path: str) -> list[Writing]:
    found: list[object] = [screen]
    for part in path.split("."):
        step: list[object] = []
        for item in found:
            value = item.get(part) if isinstance(item, dict) else getattr(item, part, None)
            if value is not None:
                step.append(value)
        found = step
    widgets: list[Writing] = []
    for item in found:
        members = item.values() if isinstance(item, dict) else item if isinstance(item, list | tuple) else [item]
        widgets.extend(m for m in members if isinstance(m, QWidget | QAction))
    return widgets


def is_editing_dialog(widget: QObject) -> bool:
    return isinstance(widget, QDialog) and any(cls.__name__ in EDITING_DIALOGS for cls in type(widget).__mro__)


class ReadOnlyGate(QObject):
    """Owned by the main window; ``apply()`` after each database switch."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._held: list[Writing] = []
        self._tips: dict[int, str] = {}  # a held widget's own tooltip, given back on release
        self._installed = False
        self._was_on = False

    @property
    def active(self) -> bool:
        return bool(self.window.ctx.session.read_only)

    def sentence(self) -> str:
        return tr_core(read_only.sentence(self.window.ctx.session.read_only_login or "?"))

    def apply(self) -> None:
        """Writing actions and widgets off (or back on) for the database now open."""
        on = self.active
        app = QApplication.instance()
        if on and not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        elif not on and self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False
        for action in self.window.actions_to_lock():
            if action.objectName() in WRITING_ACTIONS and (on or self._was_on):
                action.setEnabled(not on and not self.window.server_link.lost)
                action.setToolTip(self.sentence() if on else "")
        self._was_on = on
        self._release()
        if on:
            for key, screen in self.window.screens.items():
                self.screen_built(key, screen)

    def screen_built(self, key: str, screen: QObject) -> None:
        """Hold the new screen's writing widgets off (the main window calls this for each screen)."""
        if not self.active:
            return
        found = [w for path in WRITING_WIDGETS.get(key, ()) for w in _resolve(screen, path)]
        for widget in found + [w for w in marked(screen) if w not in found]:
            self._hold(widget)

    def held(self) -> list[Writing]:
        return list(self._held)

    def _hold(self, widget: Writing) -> None:
        if widget in self._held:
            return
        self._tips[id(widget)] = widget.toolTip()
        widget.setEnabled(False)
        widget.setToolTip(self.sentence())
        if isinstance(widget, QAction):
            widget.changed.connect(self._action_changed)
        else:
            widget.installEventFilter(self)
        self._held.append(widget)

    def _release(self) -> None:
        for widget in self._held:
            try:
                if isinstance(widget, QAction):
                    widget.changed.disconnect(self._action_changed)
                else:
                    widget.removeEventFilter(self)
                widget.setToolTip(self._tips.get(id(widget), ""))
                widget.setEnabled(True)
            except RuntimeError:  # a screen rebuilt for a new language took it away
                pass
        self._held.clear()
        self._tips.clear()

    def _action_changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.isEnabled() and self.active:
            action.setEnabled(False)

    def refuse(self) -> None:
        """Say why nothing happens (the status bar, for a while)."""
        self.window.statusBar().showMessage(self.sentence(), 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched in self._held and isinstance(watched, QWidget) \
                and watched.isEnabled() and self.active:
            QTimer.singleShot(0, watched, lambda w=watched: w.setEnabled(False))  # a selection turned it on
        elif kind == QEvent.Type.Show and self.active and isinstance(watched, QDialog) \
                and is_editing_dialog(watched):
            # Not on screen at all: nothing to type into. exec() returns Rejected, which every caller
            # treats as Cancel.
            watched.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            QTimer.singleShot(0, watched, watched.reject)
            self.refuse()
        return False
