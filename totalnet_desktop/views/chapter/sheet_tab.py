"""The Chapter screen's sheet for BNI Connect: a closed meeting's week in PALMS entry order, ticked
off line by line while re-keying; printed or exported as CSV."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import connect_sheet, meetings
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.theme.palette import REPORT
from totalnet_desktop.views.chapter import saving
from totalnet_desktop.views.chapter.colours import ERROR_TEXT


class SheetTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.sheet: connect_sheet.Sheet | None = None
        self.meeting = QComboBox()
        self.meeting.setObjectName("sheet_meeting")
        self.meeting.currentIndexChanged.connect(lambda _: self.show_sheet())
        pdf = QPushButton("Print to P&DF...")
        pdf.clicked.connect(self.print_pdf)
        csv_button = QPushButton("E&xport CSV...")
        csv_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Closed meeting"))
        bar.addWidget(self.meeting)
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(csv_button)
        self.table = QTableWidget(0, len(connect_sheet.HEADERS))
        self.table.setObjectName("sheet_table")
        self.table.setHorizontalHeaderLabels(connect_sheet.HEADERS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _: self._count_done())
        self.message = QLabel()
        self.message.setObjectName("sheet_message")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        self.chapter_id = chapter_id
        keep = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        if chapter_id is not None:
            for m in meetings.list_meetings(chapter_id):
                if m.is_closed:
                    self.meeting.addItem(f"{m.date:%a %d %b %Y}", m.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(keep), 0))
        self.meeting.blockSignals(False)
        self.show_sheet()

    def show_sheet(self) -> None:
        meeting_id = self.meeting.currentData()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.sheet = None
        if meeting_id is None:
            self.table.blockSignals(False)
            self.say("Close a meeting on Meeting day; its sheet shows here.")
            return
        try:
            self.sheet = connect_sheet.sheet(meeting_id)
        except TotalNetError as exc:
            self.table.blockSignals(False)
            self.say(str(exc), True)
            return
        self.table.setRowCount(len(self.sheet.lines))
        for row, ln in enumerate(self.sheet.lines):
            for col, text in enumerate((ln.section, str(ln.number), ln.member, ln.other, ln.detail, ln.amount)):
                self.table.setItem(row, col, QTableWidgetItem(text))
            done = QTableWidgetItem()
            done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 6, done)
        self.table.blockSignals(False)
        self._count_done()

    def done_rows(self) -> set[int]:
        return {r for r in range(self.table.rowCount())
                if self.table.item(r, 6) and self.table.item(r, 6).checkState() == Qt.CheckState.Checked}

    def _count_done(self) -> None:
        if self.sheet is not None:
            self.say(f"{len(self.done_rows())} of {len(self.sheet.lines)} lines entered in BNI Connect "
                     "(tick each line as you key it in).")

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    def ask_path(self, title: str, suggested: str, pattern: str) -> str:
        """A save-file dialog (tests replace it)."""
        return saving.ask_path(self, title, suggested, pattern)

    def export_csv(self) -> str | None:
        sheet = self.sheet
        if sheet is None:
            return None
        return saving.save_with(self.ask_path, "Export the sheet", f"bni-connect-{sheet.date}.csv", "CSV (*.csv)",
                                saving.write_csv(lambda: connect_sheet.table(sheet, self.done_rows())), self.say)

    def sheet_html(self) -> str:
        s = self.sheet
        rows = "".join(
            f"<tr><td>{ln.section}</td><td>{ln.number}</td><td>{html.escape(ln.member)}</td>"
            f"<td>{html.escape(ln.other)}</td><td>{html.escape(ln.detail)}</td><td align='right'>{ln.amount}</td>"
            "<td>☐</td></tr>" for ln in s.lines)
        head = "".join(f"<th align='left'>{h}</th>" for h in connect_sheet.HEADERS)
        return (f"<html><body style='font-family: sans-serif; font-size: 9pt'><h2>{html.escape(s.chapter_name)}: "
                f"sheet for BNI Connect, meeting of {s.date}</h2><p>Amounts in {s.currency}.</p>"
                "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse'>"
                f"<tr bgcolor='{REPORT['head_row']}'>{head}</tr>{rows}</table></body></html>")

    def print_pdf(self) -> str | None:
        sheet = self.sheet
        if sheet is None:
            return None
        from totalnet_desktop.render.pdf import write_html_pdf

        return saving.save_with(self.ask_path, "Print the sheet to PDF", f"bni-connect-{sheet.date}.pdf",
                                "PDF (*.pdf)", lambda path: write_html_pdf(
                                    self.sheet_html(), path, f"Sheet for BNI Connect {sheet.date}", landscape=True),
                                self.say)
