"""A radio button whose text wraps: a QRadioButton's own text never does, so a long choice (and more so a
translated or stretched one) made a dialog wider than a small laptop's screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QWidget


class _TextLabel(QLabel):
    """The choice's words: a click on them chooses it, as a click on a radio button's own text does."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled() and self.rect().contains(
                event.position().toPoint()):
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrapRadio(QWidget):
    """``button`` (the radio, for a QButtonGroup; its accessible name is the text) and ``label`` (the text,
    wrapping), side by side in the reading direction."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.button = QRadioButton()
        self.button.setAccessibleName(text)
        self.label = _TextLabel(text, self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.style().pixelMetric(self.style().PixelMetric.PM_RadioButtonLabelSpacing))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()
