"""Meeting day's keys: in the check-in box (Enter, Up/Down, Tab, Esc, Ctrl+Z) and in the roster (Enter,
P A L M S, T, Home/End, Esc). One event filter on both; it calls the screen's actions."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from totalnet_desktop.i18n import translate
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.views.meeting.roster_table import RosterTable


class MeetingView(Protocol):
    """What the keys use of the screen (views.meeting.view.MeetingView)."""

    box: QLineEdit
    table: RosterTable
    model: RosterModel

    def undo(self) -> bool: ...
    def say(self, text: str, error: bool = False) -> None: ...
    def enter(self) -> None: ...
    def focus_roster(self) -> None: ...
    def focus_search(self) -> None: ...
    def current_row_number(self) -> int: ...
    def set_status(self, key: str) -> None: ...
    def add_testimonial(self) -> None: ...
    def _highlight(self, row: int) -> None: ...
    def _act_on_table(self, row_number: int) -> None: ...

STATUS_KEYS = {Qt.Key.Key_P: "P", Qt.Key.Key_A: "A", Qt.Key.Key_L: "L", Qt.Key.Key_M: "M", Qt.Key.Key_S: "S"}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CheckInKeys(QObject):
    def __init__(self, view: MeetingView):
        super().__init__(view if isinstance(view, QObject) else None)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if watched is view.box:
            if event.matches(QKeySequence.StandardKey.Undo) and not view.box.text():
                # The line edit takes Ctrl+Z for its own text; with nothing typed it means the meeting.
                if not view.undo():
                    view.say(translate("MeetingView", "Nothing to undo."))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                view._highlight(view.current_row_number() + (1 if key == Qt.Key.Key_Down else -1))
                return True
            if key in ENTER_KEYS:
                view.enter()
                return True
            if key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier:
                view.focus_roster()
                return True
            if key == Qt.Key.Key_Escape and view.box.text():
                view.box.clear()
                return True
        elif watched is view.table:
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and plain:
                view._highlight(0 if key == Qt.Key.Key_Home else view.model.rowCount() - 1)
                return True
            if key in ENTER_KEYS:
                view._act_on_table(view.current_row_number())
                return True
            if key in STATUS_KEYS and plain:
                view.set_status(STATUS_KEYS[Qt.Key(key)])
                return True
            if key == Qt.Key.Key_T and plain:
                view.add_testimonial()
                return True
            if key == Qt.Key.Key_Escape:
                view.focus_search()
                return True
        return super().eventFilter(watched, event)

