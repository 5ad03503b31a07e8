"""Python dates to Qt dates and back: the one conversion every date widget uses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
