"""Python dates to Qt dates and back: the one conversion every date widget uses; calendars' weekend
colours from the palette."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def weekend_colours(widget: QCalendarWidget | QDateEdit) -> None:
    """Saturday and Sunday in the palette's weekend colour of the mode in use (a date edit's popup
    calendar too), instead of Qt's fixed red, which is unreadable on the dark set."""
    from totalnet_desktop.views.shell import theme

    calendar = widget.calendarWidget() if isinstance(widget, QDateEdit) else widget
    if calendar is None:
        return
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        form = QTextCharFormat(calendar.weekdayTextFormat(day))
        form.setForeground(QColor(theme.text("calendar.weekend")))
        calendar.setWeekdayTextFormat(day, form)
