"""The small protocol between the main window and each screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from totalnet_desktop.views.shell.context import AppContext


class Screen(QWidget):
    """Base of the four main screens. Override what applies; the main window calls these."""

    title = "Screen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

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
