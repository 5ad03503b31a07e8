"""The Insights header: the heading, the subtitle (what the figures cover), the period chooser with its
dates for a custom range, and Print. Strings keep the screen's translation context ("InsightsView")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.i18n import translate
from totalnet_desktop.views.insights.presenter import CUSTOM, InsightsPresenter, period_name
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_date, to_qdate


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


class PeriodBar(QWidget):
    """Emits ``preset_chosen`` with a period's name, ``dates_chosen`` with a custom range's first and last
    day, ``print_requested`` for Print."""

    preset_chosen = Signal(str)
    dates_chosen = Signal(object, object)
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("<h2 style='margin:0'>" + translate("InsightsView", "Insights") + "</h2>")
        layout.addWidget(self.heading)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("insights_subtitle")
        theme.style_text(self.subtitle, "muted")
        layout.addWidget(self.subtitle, 1)
        layout.addWidget(QLabel(translate("InsightsView", "Period:")))
        self.period_box = QComboBox()
        self.period_box.setObjectName("insights_period")
        self.period_box.setAccessibleName(translate("InsightsView", "Period"))
        for key in (*insights.PRESETS, CUSTOM):
            self.period_box.addItem(period_name(key), key)
        layout.addWidget(self.period_box)
        self.from_date = _date_edit("insights_from")
        self.to_date = _date_edit("insights_to")
        layout.addWidget(self.from_date)
        self.from_date.setAccessibleName(translate("InsightsView", "From"))
        self.to_date.setAccessibleName(translate("InsightsView", "To"))
        self.to_label = QLabel(translate("InsightsView", "to"))
        layout.addWidget(self.to_label)
        layout.addWidget(self.to_date)
        self.print_button = QPushButton(translate("InsightsView", "Print to PDF…"))
        self.print_button.setObjectName("insights_print")
        self.print_button.clicked.connect(lambda _=False: self.print_requested.emit())
        layout.addWidget(self.print_button)
        self.period_box.currentIndexChanged.connect(lambda _i: self.preset_chosen.emit(self.period_box.currentData()))
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)

    def _dates_changed(self, *_args: object) -> None:
        self.dates_chosen.emit(to_date(self.from_date.date()), to_date(self.to_date.date()))

    def show_period(self, presenter: InsightsPresenter) -> None:
        """The presenter's period, without emitting; the date boxes show only for custom dates."""
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(max(self.period_box.findData(presenter.period_name), 0))
        self.period_box.blockSignals(False)
        days: tuple[tuple[QDateEdit, dt.date], ...] = ((self.from_date, presenter.custom_start),
                                                       (self.to_date, presenter.custom_end))
        for edit, value in days:
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        for widget in (self.from_date, self.to_label, self.to_date):
            widget.setVisible(presenter.is_custom)
