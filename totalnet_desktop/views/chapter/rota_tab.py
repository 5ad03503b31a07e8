"""The Chapter screen's feature-presentation rota: plan the next weeks (least recent first, dates away
skipped), keep it, print it and export it; record a member's dates away."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters, feature_rota
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import date_format, date_text, is_right_to_left, tr_core
from totalnet_desktop.theme.palette import REPORT
from totalnet_desktop.views.chapter import labels, saving
from totalnet_desktop.views.chapter.colours import ERROR_TEXT
from totalnet_desktop.views.shell.dates import to_date
from totalnet_desktop.views.shell.read_only_gate import writes


class RotaTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.lines: list[feature_rota.RotaLine] = []
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(12)
        self.weeks.setSuffix(" " + self.tr("weeks"))
        self.weeks.setAccessibleName(self.tr("Number of weeks"))
        plan = QPushButton(self.tr("&Plan"))
        plan.clicked.connect(self.plan)
        keep = QPushButton(self.tr("&Keep this rota"))
        keep.clicked.connect(self.keep)
        writes(keep)
        pdf = QPushButton(self.tr("Print to P&DF..."))
        pdf.clicked.connect(self.print_pdf)
        csv_button = QPushButton(self.tr("E&xport CSV..."))
        csv_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Feature presentations for the next")))
        for w in (self.weeks, plan, keep):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(csv_button)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rota_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Member"), self.tr("Classification"),
                                              self.tr("Last presented")])
        self.table.setAccessibleName(self.tr("Feature presentation rota"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member away"))
        self.away_from, self.away_to = QDateEdit(), QDateEdit()
        self.away_from.setAccessibleName(self.tr("Away from"))
        self.away_to.setAccessibleName(self.tr("Away to"))
        for edit in (self.away_from, self.away_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        add_away = QPushButton(self.tr("Add dates &away"))
        add_away.clicked.connect(self.add_away)
        writes(add_away)
        away = QHBoxLayout()
        away.addWidget(QLabel(self.tr("Away:")))
        for part in (self.member, QLabel(self.tr("from")), self.away_from, QLabel(self.tr("to")), self.away_to,
                     add_away):
            away.addWidget(part)
        away.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("rota_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(away)
        layout.addWidget(self.message)

    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        self.chapter_id = chapter_id
        self.today = today or dt.date.today()
        if chapter_id is None:
            return
        self.member.clear()
        for m in chapters.roster(chapter_id):
            self.member.addItem(m.name, m.contact_id)
        for edit in (self.away_from, self.away_to):
            edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        kept = feature_rota.planned(chapter_id, self.today)
        self.show_lines(kept)
        self.say(self.tr("%Ln feature presentation(s) planned from today.", "", len(kept)) if kept else
                 self.tr("No rota kept yet: Plan, then Keep this rota."))

    def show_lines(self, lines: list[feature_rota.RotaLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, ln in enumerate(lines):
            last = date_text(ln.last_presented) if ln.last_presented else self.tr("never")
            for col, text in enumerate((date_format(ln.date, "ddd d MMM yyyy"), ln.name, ln.classification, last)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def plan(self) -> None:
        if self.chapter_id is None:
            return
        try:
            self.show_lines(feature_rota.plan(self.chapter_id, self.today, self.weeks.value()))
        except TotalNetError as exc:
            self.say(tr_core(exc), True)
            return
        self.say(self.tr("Planned (least recent first, dates away skipped); Keep this rota to save it."))

    def keep(self) -> None:
        if self.chapter_id is not None and self.lines:
            feature_rota.save(self.chapter_id, self.lines)
            self.say(self.tr("Rota kept: %Ln week(s) from {date}.", "", len(self.lines)).format(
                date=date_text(self.lines[0].date)))

    def add_away(self) -> None:
        if self.chapter_id is None or self.member.currentData() is None:
            return
        try:
            feature_rota.add_away(self.chapter_id, self.member.currentData(), to_date(self.away_from.date()),
                                  to_date(self.away_to.date()))
        except TotalNetError as exc:
            self.say(tr_core(exc), True)
            return
        self.say(self.tr("{name} is away {start} to {end}; Plan again to skip those dates.").format(
            name=self.member.currentText(), start=date_format(to_date(self.away_from.date()), "d MMM"),
            end=date_format(to_date(self.away_to.date()), "d MMM")))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    def ask_path(self, title: str, suggested: str, pattern: str) -> str:
        """A save-file dialog (tests replace it)."""
        return saving.ask_path(self, title, suggested, pattern)

    def export_csv(self) -> str | None:
        return saving.save_with(self.ask_path, self.tr("Export the rota"), "feature-rota.csv", self.tr("CSV (*.csv)"),
                                saving.write_csv(lambda: feature_rota.table(self.lines)), self.say,
                                saved=self.tr("Saved {path}."), ready=bool(self.lines))

    def rota_html(self) -> str:
        head = [(html.escape(h), "left") for h in (self.tr("Date"), self.tr("Member"), self.tr("Classification"))]
        rows = [[(date_format(ln.date, "ddd d MMM yyyy"), "left"), (html.escape(ln.name), "left"),
                 (html.escape(ln.classification), "left")] for ln in self.lines]
        direction = "rtl" if is_right_to_left() else "ltr"
        title = html.escape(self.tr("Feature presentations"))
        table = labels.html_table([head, *rows], "border='1' cellspacing='0' cellpadding='4' width='100%' "
                                  "style='border-collapse: collapse'", 1, f"bgcolor='{REPORT['head_row']}'")
        return (f"<html><body style='font-family: sans-serif; font-size: 10pt'><div dir='{direction}'>"
                f"<h2>{title}</h2>{table}</div></body></html>")

    def print_pdf(self) -> str | None:
        from totalnet_desktop.render.pdf import write_html_pdf

        return saving.save_with(self.ask_path, self.tr("Print the rota to PDF"), "feature-rota.pdf",
                                self.tr("PDF (*.pdf)"), lambda path: write_html_pdf(
                                    self.rota_html(), path, self.tr("Feature presentations"), landscape=False),
                                self.say, saved=self.tr("Saved {path}."), ready=bool(self.lines))
