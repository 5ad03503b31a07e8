"""Driving modal dialogs from tests without blocking (shared by the view tests)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def on_next_modal(callback, kind=QDialog, tries: int = 300):
    """Run ``callback(dialog)`` on the next visible modal ``kind`` (polling for 3 s at most, so a
    poller never outlives its test); a dialog left open by a failing callback is rejected."""
    def handler(left=tries):
        widget = QApplication.activeModalWidget()
        if not (isinstance(widget, kind) and widget.isVisible()):
            if left > 0:
                QTimer.singleShot(10, lambda: handler(left - 1))
            return
        try:
            callback(widget)
        finally:
            if widget.isVisible() and not isinstance(widget, QMessageBox):
                widget.reject()
    QTimer.singleShot(0, handler)
