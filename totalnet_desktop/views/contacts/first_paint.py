"""The Contacts list's cold start: the first page at once, the whole sorted list right after it is on
screen (the table's first paint), or soon anyway when the screen is not painted (hidden)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

COMPLETE_AT_THE_LATEST_MS = 250  # the full list after the first page's paint, or after this long


class AfterFirstPaint(QObject):
    """``wait()`` arms it; ``due`` is emitted once, after ``viewport``'s next paint or the time-out."""

    due = Signal()

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.pending = False
        viewport.installEventFilter(self)

    def wait(self) -> None:
        self.pending = True
        # (Counted from the event loop's first turn: the window may still be being built.)
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(COMPLETE_AT_THE_LATEST_MS, self, self._fire))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending:
            # On the turn of the event loop after the one that puts the first page on screen (a timer
            # started by a timer waits for the next turn): input and the window's other first-paint
            # work go first.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._fire))
        return super().eventFilter(watched, event)

    def _fire(self) -> None:
        if self.pending:
            self.pending = False
            self.due.emit()
