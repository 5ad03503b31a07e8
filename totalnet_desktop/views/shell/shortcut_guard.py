"""Let the window's global shortcuts win over a text box's editing keys.

On X11 a QLineEdit claims Ctrl+E ("end of line", emacs style) in the ShortcutOverride step, so
File > Export never fired while the cursor was in a search box. This filter refuses the override for
the keys the main window owns, so Qt hands them to the shortcut instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class ShortcutGuard(QObject):
    """Application event filter: the given key sequences always go to their shortcuts."""

    def __init__(self, keys: list[QKeySequence], parent: QObject | None = None):
        super().__init__(parent)
        self.keys = {k.toString() for k in keys if not k.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self.keys:
                event.ignore()  # not overridden: the shortcut map takes the key
                return True
        return False
