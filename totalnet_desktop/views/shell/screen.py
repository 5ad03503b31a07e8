"""The small protocol between the main window and each screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from totalnet_desktop.views.shell.context import AppContext


class Screen(QWidget):
    """Base of the four main screens. Override what applies; the main window calls these."""

    title = "Screen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def add_shortcut(self, keys: str | QKeySequence.StandardKey, slot: Callable[[], object], name: str,
                     text: str) -> QAction:
        """A key that works while this screen (or a widget in it) has the focus: a QAction on the
        screen, not window-wide, so it never clashes with the menus' keys."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def on_shown(self) -> None:
        """Called each time the screen becomes current (refresh cheap state here)."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this screen's search box."""

    def undo(self) -> bool:
        """Ctrl+Z: undo this screen's last action; return False when there is nothing to undo."""
        return False

    def selected_contact_id(self) -> int | None:
        """The contact selected on this screen, if any (for Ctrl+Shift+F, add a follow-up)."""
        return None

    def badge(self) -> str:
        """Short text shown beside the screen's name in the navigation (e.g. an overdue count)."""
        return ""


def as_widget(screen: object) -> QWidget:
    """A screen seen through a Protocol or a mixin, as the widget it is (a dialog's parent)."""
    assert isinstance(screen, QWidget)
    return screen
