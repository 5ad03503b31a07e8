"""The unexpected-error dialog: the data is safe, "Copy details" for a bug report, the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shows masked details (see crash_report) and offers to copy them or open the log folder."""

    def __init__(self, details: str, log_dir: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("TotalNet - unexpected error"))
        self.details = details
        self.log_dir = log_dir
        message = QLabel(self.tr(
            "Something went wrong. Your data is safe: every change was saved when you made it.\n"
            "To report it, copy the details below (they hold no names, e-mails or numbers from your "
            "contacts) and paste them into your message."))
        message.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setObjectName("crash_details")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Error details"))
        self.text.setMinimumSize(560, 220)
        # Read-only, it shows no caret: a frame in the highlight colour shows the focus (theme.focus_frame's
        # rule, written out: this dialog imports nothing of the app, which may be what failed).
        self.text.setStyleSheet("#crash_details:focus { border: 2px solid palette(highlight); }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open the log folder"))
        self.folder_button.setObjectName("open_log_folder")
        self.folder_button.setEnabled(log_dir is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        # Tab reads the details, then the buttons along their row (Close last).
        QWidget.setTabOrder(self.text, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.folder_button)
        QWidget.setTabOrder(self.folder_button, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.copy_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> bool:
        if self.log_dir is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))
