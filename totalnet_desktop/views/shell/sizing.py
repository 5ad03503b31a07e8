"""Dialog sizes that fit the screen: a dialog asks for its comfortable size and gets at most the
screen's available area less a margin, so nothing opens off-screen on a 1024x700 display."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN_W, MARGIN_H = 24, 48


def fit_resize(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to width x height, or to the screen's available area when that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, max(320, area.width() - MARGIN_W))
        height = min(height, max(240, area.height() - MARGIN_H))
    widget.resize(width, height)
