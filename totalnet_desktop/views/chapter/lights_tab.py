"""The Chapter screen's traffic lights: a sortable member table with each area's points, the total, the
colour and a what-if line; the scheme and period; chapter health beside it; print to PDF, export CSV."""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import health, traffic_lights, traffic_report, visitor_pipeline
from totalnet_desktop.core.chapter.traffic_report import Report
from totalnet_desktop.core.store import collation
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_text,
    decimal,
    isolate,
    number,
    percent,
    person_name,
    tr_core,
    translate,
)
from totalnet_desktop.render.traffic_lights_report import measure_shown, points_shown
from totalnet_desktop.views.chapter import saving
from totalnet_desktop.views.chapter.colours import ERROR_TEXT, LIGHT_BACKGROUND, LIGHT_TEXT, MUTED_TEXT
from totalnet_desktop.views.chapter.sparkline import Sparkline
from totalnet_desktop.views.shell.dates import to_date
from totalnet_desktop.views.shell.rich_text import direction

logger = logging.getLogger(__name__)

PERIODS = (("last6", QT_TRANSLATE_NOOP("LightsTab", "Last six completed months")),
           ("current6", QT_TRANSLATE_NOOP("LightsTab", "Six months to the end of this month")),
           ("weeks26", QT_TRANSLATE_NOOP("LightsTab", "Last 26 weeks")),
           ("custom", QT_TRANSLATE_NOOP("LightsTab", "Custom range")))
COLOUR_NAMES = {"green": QT_TRANSLATE_NOOP("LightsTab", "green"), "amber": QT_TRANSLATE_NOOP("LightsTab", "amber"),
                "red": QT_TRANSLATE_NOOP("LightsTab", "red"), "grey": QT_TRANSLATE_NOOP("LightsTab", "grey")}
# The chapter-health figures by key (core names them in English; the screen says them in the language).
HEALTH_LABELS = {"size": QT_TRANSLATE_NOOP("LightsTab", "Members"),
                 "attendance": QT_TRANSLATE_NOOP("LightsTab", "Attendance"),
                 "referrals": QT_TRANSLATE_NOOP("LightsTab", "Referrals per member per week"),
                 "visitors": QT_TRANSLATE_NOOP("LightsTab", "Visitors per week"),
                 "conversion": QT_TRANSLATE_NOOP("LightsTab", "Visitor → member"),
                 "retention": QT_TRANSLATE_NOOP("LightsTab", "Retention")}
COLOUR_RANK = {"green": 3, "amber": 2, "red": 1, "grey": 0}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def colour_name(colour: str) -> str:
    return translate("LightsTab", COLOUR_NAMES.get(colour, colour))


class SortItem(QTableWidgetItem):
    """A cell that sorts by a value of its own (numbers, colour rank) rather than by its text."""

    def __init__(self, text: str, key) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class LightsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.report: Report | None = None
        self.scheme = QComboBox()
        self.scheme.setObjectName("lights_scheme")
        self.period = QComboBox()
        self.period.setObjectName("lights_period")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, text in PERIODS:
            self.period.addItem(translate("LightsTab", text), key)
        self.scheme.setAccessibleName(self.tr("Scheme"))
        self.period.setAccessibleName(self.tr("Period"))
        self.start, self.end = QDateEdit(), QDateEdit()
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
            edit.dateChanged.connect(self._custom_changed)
        self.print_button = QPushButton(self.tr("&Print to PDF..."))
        self.csv_button = QPushButton(self.tr("E&xport CSV..."))
        self.edit_button = QPushButton(self.tr("Edit &scheme..."))
        self.print_button.clicked.connect(self.print_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        self.edit_button.clicked.connect(self.edit_scheme)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Scheme"), self.scheme), (self.tr("Period"), self.period)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.start)
        bar.addWidget(self.end)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("lights_summary")
        self.summary.setWordWrap(True)
        # The buttons share the summary's line, so the pickers keep their width on a small screen.
        second = QHBoxLayout()
        second.addWidget(self.summary, 1)
        for b in (self.edit_button, self.print_button, self.csv_button):
            second.addWidget(b)
        self.table = QTableWidget()
        self.table.setObjectName("lights_table")
        self.table.setAccessibleName(self.tr("Traffic lights"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setSortingEnabled(True)
        self.health = QFrame()
        self.health.setObjectName("chapter_health")
        self.health.setFrameShape(QFrame.Shape.StyledPanel)
        self.health.setMinimumWidth(190)
        self.health.setMaximumWidth(280)
        self.health_grid = QGridLayout(self.health)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.health)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addLayout(body, 1)
        self.scheme.currentIndexChanged.connect(lambda _: self.refresh())
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

    # ---- state ----------------------------------------------------------------------------
    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        """Show the chapter's scores (re-reading the schemes)."""
        self.chapter_id = chapter_id
        self.today = today or dt.date.today()
        current = self.scheme.currentText() or traffic_lights.DEFAULT_SCHEME
        self.scheme.blockSignals(True)
        self.scheme.clear()
        for s in traffic_lights.list_schemes(chapter_id):
            shown = self.tr("{name} (chapter's own)").format(name=s.name) if s.source == "chapter" else s.name
            self.scheme.addItem(shown, s.name)
        index = self.scheme.findData(current)
        self.scheme.setCurrentIndex(max(index, 0))
        self.scheme.blockSignals(False)
        self._period_changed()

    def period_range(self) -> tuple[dt.date, dt.date]:
        key = self.period.currentData()
        if key == "last6":
            return traffic_lights.last_completed_months(self.today)
        if key == "current6":
            return traffic_lights.current_months(self.today)
        if key == "weeks26":
            return traffic_lights.rolling_weeks(self.today)
        return to_date(self.start.date()), to_date(self.end.date())

    def _period_changed(self, *_args) -> None:
        custom = self.period.currentData() == "custom"
        if not custom:
            start, end = self.period_range()
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.refresh()

    def _custom_changed(self, *_args) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    # ---- table ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.chapter_id is None or self.scheme.currentData() is None:
            self.table.setRowCount(0)
            self.summary.setText(self.tr("Set up your chapter on Meeting day first."))
            return
        start, end = self.period_range()
        try:
            scheme = traffic_lights.find_scheme(self.scheme.currentData(), self.chapter_id)
            self.report = traffic_report.chapter_scores(self.chapter_id, scheme, start, end, today=self.today)
        except TotalNetError as exc:
            self.report = None
            self.table.setRowCount(0)
            self.summary.setStyleSheet(f"color: {ERROR_TEXT};")
            self.summary.setText(tr_core(exc))
            return
        self.summary.setStyleSheet("")
        self._fill(self.report)
        self._fill_health(start, end)

    def _fill(self, report: Report) -> None:
        areas = report.scheme.areas
        headers = [self.tr("Member")] + [tr_core(a.label) for a in areas] + [self.tr("Total"), self.tr("Colour"),
                                                                     self.tr("What if")]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for i, a in enumerate(areas, start=1):
            self.table.horizontalHeaderItem(i).setToolTip(self.tr("{area}: up to {points} points").format(
                area=tr_core(a.label), points=points_shown(a.maximum)))
        self.table.setRowCount(len(report.members))
        by_name = {id(m): n for n, m in enumerate(
            collation.sort_people(report.members, lambda x: x.first_name, lambda x: x.last_name))}
        for row, m in enumerate(report.members):
            name = SortItem(person_name(m.name), by_name[id(m)])  # the locale's name order
            name.setData(Qt.ItemDataRole.UserRole, row)
            self.table.setItem(row, 0, name)
            for col, (a, v, p) in enumerate(zip(areas, m.score.measures, m.score.points), start=1):
                item = SortItem(points_shown(p), float(p))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self.tr("{area}: {measure}").format(area=tr_core(a.label), measure=measure_shown(a.measure, v)))
                self.table.setItem(row, col, item)
            total = SortItem(points_shown(m.score.total), float(m.score.total))
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = total.font()
            font.setBold(True)
            total.setFont(font)
            self.table.setItem(row, len(areas) + 1, total)
            colour = SortItem(colour_name(m.score.colour), COLOUR_RANK[m.score.colour])
            colour.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            colour.setBackground(QBrush(QColor(LIGHT_BACKGROUND[m.score.colour])))
            colour.setForeground(QBrush(QColor(LIGHT_TEXT[m.score.colour])))
            self.table.setItem(row, len(areas) + 2, colour)
            self.table.setItem(row, len(areas) + 3, SortItem(tr_core(m.what_if), None))
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        # The colour and total next to the name: at 1024 pixels the areas' points fill the width and the
        # light itself was off to the side, behind the scroll bar.
        for visual, logical in enumerate((len(areas) + 2, len(areas) + 1), start=1):
            header.moveSection(header.visualIndex(logical), visual)
        counts = " · ".join(self.tr("{count} {colour}").format(count=number(n), colour=colour_name(c))
                            for c, n in report.colour_counts().items())
        held = self.tr("%Ln meeting(s) held", "", report.held)
        if report.remaining:
            held = self.tr("{held}, {remaining}").format(
                held=held, remaining=self.tr("%Ln to come", "", report.remaining))
        period = self.tr("{start} to {end}").format(start=date_text(report.start), end=date_text(report.end))
        head = self.tr("{scheme}: {period}, {held}").format(
            scheme=f"<b>{isolate(html.escape(report.scheme.name))}</b>", period=period, held=held)
        # The paragraph's direction is the language's (it starts with the scheme's Latin name).
        self.summary.setText(f"<p dir='{direction()}'>{head} · {counts} · <span style='color:{MUTED_TEXT}'>"
                             + self.tr("hover a cell for its measure") + "</span></p>")

    def _fill_health(self, start: dt.date, end: dt.date) -> None:
        while self.health_grid.count():
            item = self.health_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone now, not at the next event-loop turn
                widget.deleteLater()
        title = QLabel("<b>" + self.tr("Chapter health") + "</b>")
        self.health_grid.addWidget(title, 0, 0, 1, 2)
        figures = health.chapter_health(self.chapter_id, start, end) if self.chapter_id is not None else []
        for n, fig in enumerate(figures, start=1):
            label = QLabel(f"{self._health_label(fig)}<br><b style='font-size:15px'>{self._health_text(fig, start, end)}</b>")
            label.setObjectName(f"health_{fig.key}")
            label.setWordWrap(True)
            self.health_grid.addWidget(label, 2 * n - 1, 0, 1, 2)
            spark = Sparkline()
            spark.setObjectName(f"spark_{fig.key}")
            fmt = percent if fig.key in ("attendance", "conversion", "retention") else (lambda v: decimal(v, 2))
            spark.set_series(fig.series, fmt)
            self.health_grid.addWidget(spark, 2 * n, 0, 1, 2)
        self.health_grid.setRowStretch(self.health_grid.rowCount(), 1)

    @staticmethod
    def _health_label(fig) -> str:
        return translate("LightsTab", HEALTH_LABELS[fig.key]) if fig.key in HEALTH_LABELS else fig.label

    def _health_text(self, fig, start: dt.date, end: dt.date) -> str:
        """A figure's value in the locale's digits (core writes it in English)."""
        if fig.key == "size":
            return number(fig.value)
        if fig.key in ("attendance", "retention"):
            return percent(fig.value)
        if fig.key in ("referrals", "visitors"):
            return "–" if fig.value is None else decimal(fig.value, 2)
        if fig.key == "conversion" and self.chapter_id is not None:
            conv = visitor_pipeline.conversion(self.chapter_id, start, end)
            text = self.tr("{rate} ({joined} of {visitors})").format(
                rate=percent(conv.rate), joined=number(conv.joined), visitors=number(conv.visitors))
            if conv.median_days is not None:
                text += self.tr(", %Ln day(s) to join", "", round(conv.median_days))
            return text
        return fig.text

    def shown_order(self) -> list[int]:
        """The report's member indexes in the order the table shows them (after sorting)."""
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())]

    # ---- actions --------------------------------------------------------------------------
    def ask_path(self, title: str, suggested: str, pattern: str) -> str:
        """A save-file dialog (tests replace it)."""
        return saving.ask_path(self, title, suggested, pattern)

    def _say(self, text: str, _error: bool = False) -> None:
        self.summary.setText(text)

    def print_pdf(self) -> str | None:
        report = self.report
        if report is None:
            return None
        from totalnet_desktop.render.traffic_lights_report import write_pdf

        return saving.save_with(self.ask_path, self.tr("Print traffic lights to PDF"),
                                f"traffic-lights-{report.end}.pdf", self.tr("PDF (*.pdf)"),
                                lambda path: write_pdf(report, path, self.shown_order()), self._say,
                                saved=self.tr("Saved {path}."))

    def export_csv(self) -> str | None:
        report = self.report
        if report is None:
            return None
        return saving.save_with(self.ask_path, self.tr("Export traffic lights"), f"traffic-lights-{report.end}.csv",
                                self.tr("CSV (*.csv)"), saving.write_csv(lambda: traffic_report.table(report)),
                                self._say, saved=self.tr("Saved {path}."))

    def edit_scheme(self) -> None:
        from totalnet_desktop.views.chapter.scheme_dialog import SchemeDialog

        if self.chapter_id is None:
            return
        scheme = traffic_lights.find_scheme(self.scheme.currentData(), self.chapter_id)
        saved, accepted = SchemeDialog.edit(self.chapter_id, scheme, self)
        if accepted and saved is not None:
            self.scheme.blockSignals(True)
            self.scheme.clear()
            self.scheme.blockSignals(False)
            self.scheme.addItem(saved.name, saved.name)
            self.load(self.chapter_id, self.today)
            self.scheme.setCurrentIndex(max(self.scheme.findData(saved.name), 0))
