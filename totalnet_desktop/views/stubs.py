"""A uniform message for features whose issue has not landed yet."""

from PySide6.QtWidgets import QMessageBox, QWidget


def not_yet(parent: QWidget | None, what: str) -> None:
    QMessageBox.information(parent, "TotalNet", f"{what} is not available yet in this version.")
