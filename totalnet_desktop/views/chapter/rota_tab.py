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
from totalnet_desktop.theme.palette import REPORT
from totalnet_desktop.views.chapter import saving
from totalnet_desktop.views.chapter.colours import ERROR_TEXT
from totalnet_desktop.views.shell.dates import to_date


class RotaTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.lines: list[feature_rota.RotaLine] = []
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(12)
        self.weeks.setSuffix(" weeks")
        plan = QPushButton("&Plan")
        plan.clicked.connect(self.plan)
        keep = QPushButton("&Keep this rota")
        keep.clicked.connect(self.keep)
        pdf = QPushButton("Print to P&DF...")
        pdf.clicked.connect(self.print_pdf)
        csv_button = QPushButton("E&xport CSV...")
        csv_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Feature presentations for the next"))
        for w in (self.weeks, plan, keep):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(csv_button)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rota_table")
        self.table.setHorizontalHeaderLabels(["Date", "Member", "Classification", "Last presented"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.member = QComboBox()
        self.away_from, self.away_to = QDateEdit(), QDateEdit()
        for edit in (self.away_from, self.away_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        add_away = QPushButton("Add dates &away")
        add_away.clicked.connect(self.add_away)
        away = QHBoxLayout()
        away.addWidget(QLabel("Away:"))
        for part in (self.member, QLabel("from"), self.away_from, QLabel("to"), self.away_to, add_away):
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
        self.say(f"{len(kept)} feature presentations planned from today." if kept else
                 "No rota kept yet: Plan, then Keep this rota.")

    def show_lines(self, lines: list[feature_rota.RotaLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, ln in enumerate(lines):
            last = f"{ln.last_presented:%d %b %Y}" if ln.last_presented else "never"
            for col, text in enumerate((f"{ln.date:%a %d %b %Y}", ln.name, ln.classification, last)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def plan(self) -> None:
        if self.chapter_id is None:
            return
        try:
            self.show_lines(feature_rota.plan(self.chapter_id, self.today, self.weeks.value()))
        except TotalNetError as exc:
            self.say(str(exc), True)
            return
        self.say("Planned (least recent first, dates away skipped); Keep this rota to save it.")

    def keep(self) -> None:
        if self.chapter_id is not None and self.lines:
            feature_rota.save(self.chapter_id, self.lines)
            self.say(f"Rota kept: {len(self.lines)} weeks from {self.lines[0].date:%d %b %Y}.")

    def add_away(self) -> None:
        if self.chapter_id is None or self.member.currentData() is None:
            return
        try:
            feature_rota.add_away(self.chapter_id, self.member.currentData(), to_date(self.away_from.date()),
                                  to_date(self.away_to.date()))
        except TotalNetError as exc:
            self.say(str(exc), True)
            return
        self.say(f"{self.member.currentText()} is away {self.away_from.date().toPython():%d %b} to "
                 f"{self.away_to.date().toPython():%d %b}; Plan again to skip those dates.")

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    def ask_path(self, title: str, suggested: str, pattern: str) -> str:
        """A save-file dialog (tests replace it)."""
        return saving.ask_path(self, title, suggested, pattern)

    def export_csv(self) -> str | None:
        return saving.save_with(self.ask_path, "Export the rota", "feature-rota.csv", "CSV (*.csv)",
                                saving.write_csv(lambda: feature_rota.table(self.lines)), self.say,
                                ready=bool(self.lines))

    def rota_html(self) -> str:
        rows = "".join(f"<tr><td>{ln.date:%a %d %b %Y}</td><td>{html.escape(ln.name)}</td>"
                       f"<td>{html.escape(ln.classification)}</td></tr>" for ln in self.lines)
        return ("<html><body style='font-family: sans-serif; font-size: 10pt'><h2>Feature presentations</h2>"
                "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse'>"
                f"<tr bgcolor='{REPORT['head_row']}'><th align='left'>Date</th><th align='left'>Member</th>"
                f"<th align='left'>Classification</th></tr>{rows}</table></body></html>")

    def print_pdf(self) -> str | None:
        from totalnet_desktop.render.pdf import write_html_pdf

        return saving.save_with(self.ask_path, "Print the rota to PDF", "feature-rota.pdf", "PDF (*.pdf)",
                                lambda path: write_html_pdf(self.rota_html(), path, "Feature presentations",
                                                            landscape=False), self.say, ready=bool(self.lines))
