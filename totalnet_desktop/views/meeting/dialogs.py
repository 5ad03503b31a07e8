"""Small meeting-day dialogs: pick a meeting date (for catching up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from totalnet_desktop.views.shell.dates import to_date, to_qdate, weekend_colours


class MeetingDateDialog(QDialog):
    """A calendar; arrows move the day, Enter opens that meeting."""

    def __init__(self, current: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the meeting of another date"))
        self.calendar = QCalendarWidget()
        weekend_colours(self.calendar)
        self.calendar.setAccessibleName(self.tr("Meeting date"))
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(to_qdate(current))
        self.calendar.activated.connect(lambda _d: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pick the meeting's date (a past date to catch up; a future date asks first).")))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def chosen(self) -> dt.date:
        return to_date(self.calendar.selectedDate())

    @classmethod
    def get_date(cls, current: dt.date, parent: QWidget | None = None) -> tuple[dt.date, bool]:
        """Ask for a date; return (date, accepted)."""
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen(), accepted
