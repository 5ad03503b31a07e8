"""The window's side of a database that may not be written just now: a reports login on the chapter
server or a copy opened read-only (core.store.read_only), and a chapter server that cannot be reached
(server_link's lost state). One rule for both, in one place.

The gate disables the window's writing actions and the screens' writing buttons (found by their
attribute names below, or marked with ``writes(button)`` where a screen keeps them in no attribute, so
no screen carries read-only code of its own), keeps them off when a screen turns them on again for a
selection, and refuses an editing dialog before it is on screen, with one sentence in the status bar:
"This login can read only: <login>", or while the server is lost "The chapter server <name> cannot be
reached: changes are refused until it is back." What a screen holds stays readable (scroll, select,
copy) and what was typed stays where it was typed; when the server answers again the buttons come
back as the screens had them. A write that still reaches the store is refused there, with its own
sentence, before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from totalnet_desktop.core.store import read_only
from totalnet_desktop.i18n import embedded, tr_core

# The window's menu actions that write (File > Import..., Edit > New contact, ...).
WRITING_ACTIONS = ("action_import", "action_import_history", "action_restore", "action_new_contact",
                   "action_add_followup", "action_undo", "action_publish_meeting")

# Actions that do not write the chapter's data but need the server answering: an export or a backup
# reads the whole database for a file, Preferences keeps some choices in it. Off while it is lost only.
SERVER_ACTIONS = ("action_export", "action_backup", "action_preferences")

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
    """Owned by the main window; ``apply()`` after each database switch and each change of the
    server's reachability (server_link calls it)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._held: list[Writing] = []
        self._tips: dict[int, str] = {}  # a held widget's own tooltip, given back on release
        self._wanted: dict[int, bool] = {}  # whether the screen has it on: given back on release
        self._focus: QWidget | None = None  # a held widget that had the keyboard (the check-in box)
        self._installed = False
        self._actions_touched = False

    @property
    def read_only(self) -> bool:
        return bool(self.window.ctx.session.read_only)

    @property
    def lost(self) -> bool:
        link = getattr(self.window, "server_link", None)
        return bool(link is not None and link.lost)

    @property
    def active(self) -> bool:
        """True when nothing may be written: a read-only database, or a lost server."""
        return self.read_only or self.lost

    def sentence(self) -> str:
        if self.read_only or not self.lost:
            return tr_core(read_only.sentence(self.window.ctx.session.read_only_login or "?"))
        return self.tr("The chapter server {name} cannot be reached: changes are refused until it is back.").format(
            name=embedded(self.window.ctx.session.short_label))

    def apply(self) -> None:
        """Writing actions and widgets off (or back on) for the database now open and its server's state."""
        on, lost = self.active, self.lost
        app = QApplication.instance()
        if on and not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        elif not on and self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False
        locker = getattr(self.window, "locker", None)
        if not (locker is not None and locker.locked):  # unlocking applies the gate again
            self._apply_actions(on, lost)
        self._release()
        if on:
            for key, screen in self.window.screens.items():
                self.screen_built(key, screen)
            welcome = getattr(self.window, "welcome", None)  # Load a sample chapter, Import contacts...
            for widget in marked(welcome) if welcome is not None else ():
                self._hold(widget)

    def _apply_actions(self, on: bool, lost: bool) -> None:
        if not (on or self._actions_touched):
            return  # never held: the actions are as the window made them
        for action in self.window.actions_to_lock():
            name = action.objectName()
            if name in WRITING_ACTIONS or name in SERVER_ACTIONS:
                off = on if name in WRITING_ACTIONS else lost
                action.setEnabled(not off)
                action.setToolTip(self.sentence() if off else "")
        self._actions_touched = on

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
        if isinstance(widget, QAction):
            self._wanted[id(widget)] = widget.isEnabled()
            widget.changed.connect(self._action_changed)
        else:
            self._wanted[id(widget)] = not widget.testAttribute(Qt.WidgetAttribute.WA_Disabled)
            if widget.hasFocus():
                self._focus = widget
            widget.installEventFilter(self)
        widget.setEnabled(False)
        widget.setToolTip(self.sentence())
        self._held.append(widget)

    def _release(self) -> None:
        focus = self._focus
        self._focus = None
        for widget in self._held:
            try:
                if isinstance(widget, QAction):
                    widget.changed.disconnect(self._action_changed)
                else:
                    widget.removeEventFilter(self)
                widget.setToolTip(self._tips.get(id(widget), ""))
                widget.setEnabled(self._wanted.get(id(widget), True))
            except RuntimeError:  # a screen rebuilt for a new language took it away
                if widget is focus:
                    focus = None
        self._held.clear()
        self._tips.clear()
        self._wanted.clear()
        if focus is not None and focus.isEnabled() and focus.isVisible() and not _typing_elsewhere():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the user was typing

    def _action_changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.isEnabled() and self.active:
            self._wanted[id(action)] = True
            action.setEnabled(False)

    def refuse(self) -> None:
        """Say why nothing happens (the status bar, for a while)."""
        self.window.statusBar().showMessage(self.sentence(), 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched in self._held and isinstance(watched, QWidget) \
                and watched.isEnabled() and self.active:
            self._wanted[id(watched)] = True  # a selection turned it on: on again once writing is allowed
            QTimer.singleShot(0, watched, lambda w=watched: w.setEnabled(False))
        elif kind == QEvent.Type.Show and self.active and isinstance(watched, QDialog) \
                and not is_editing_dialog(watched):
            for widget in marked(watched):  # a reading dialog's writing buttons (My card's "This is me")
                self._hold(widget)
        elif kind == QEvent.Type.Show and self.active and isinstance(watched, QDialog) \
                and is_editing_dialog(watched):
            # Not on screen at all: nothing to type into. exec() returns Rejected, which every caller
            # treats as Cancel.
            watched.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            QTimer.singleShot(0, watched, watched.reject)
            self.refuse()
        return False


def _typing_elsewhere() -> bool:
    """True when the keyboard is in a text box (the user went on typing somewhere else)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    return isinstance(QApplication.focusWidget(), QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)
