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
from totalnet_desktop.i18n import date_format, date_text, is_right_to_left, number, tr_core
from totalnet_desktop.theme.palette import REPORT
from totalnet_desktop.views.chapter import labels, saving
from totalnet_desktop.views.chapter.colours import ERROR_TEXT


class SheetTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.sheet: connect_sheet.Sheet | None = None
        self.meeting = QComboBox()
        self.meeting.setObjectName("sheet_meeting")
        self.meeting.setAccessibleName(self.tr("Closed meeting"))
        self.meeting.currentIndexChanged.connect(lambda _: self.show_sheet())
        pdf = QPushButton(self.tr("Print to P&DF..."))
        pdf.clicked.connect(self.print_pdf)
        csv_button = QPushButton(self.tr("E&xport CSV..."))
        csv_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Closed meeting")))
        bar.addWidget(self.meeting)
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(csv_button)
        self.table = QTableWidget(0, len(connect_sheet.HEADERS))
        self.table.setObjectName("sheet_table")
        self.table.setHorizontalHeaderLabels(labels.sheet_headers())
        self.table.setAccessibleName(self.tr("Sheet for BNI Connect"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
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
                    self.meeting.addItem(date_format(m.date, "ddd d MMM yyyy"), m.id)
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
            self.say(self.tr("Close a meeting on Meeting day; its sheet shows here."))
            return
        try:
            self.sheet = connect_sheet.sheet(meeting_id)
        except TotalNetError as exc:
            self.table.blockSignals(False)
            self.say(tr_core(exc), True)
            return
        self.table.setRowCount(len(self.sheet.lines))
        for row, ln in enumerate(self.sheet.lines):
            section = labels.label(labels.SHEET_SECTIONS, ln.section)
            detail = labels.sheet_detail(ln.section, ln.detail)
            for col, text in enumerate((section, number(ln.number), ln.member, ln.other, detail, tr_core(ln.amount))):
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
            self.say(self.tr("{done} of %Ln line(s) entered in BNI Connect (tick each line as you key it in).", "",
                             len(self.sheet.lines)).format(done=number(len(self.done_rows()))))

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
        return saving.save_with(self.ask_path, self.tr("Export the sheet"), f"bni-connect-{sheet.date}.csv",
                                self.tr("CSV (*.csv)"),
                                saving.write_csv(lambda: connect_sheet.table(sheet, self.done_rows())), self.say,
                                saved=self.tr("Saved {path}."))

    def sheet_html(self) -> str:
        s = self.sheet
        rows = [[(html.escape(labels.label(labels.SHEET_SECTIONS, ln.section)), "left"), (number(ln.number), "left"),
                 (html.escape(ln.member), "left"), (html.escape(ln.other), "left"), (html.escape(labels.sheet_detail(ln.section, ln.detail)), "left"),
                 (html.escape(tr_core(ln.amount)), "right"), ("☐", "left")] for ln in s.lines]
        head = [(html.escape(h), "left") for h in labels.sheet_headers()]
        table = labels.html_table([head, *rows], "border='1' cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse: collapse'", 1, f"bgcolor='{REPORT['head_row']}'")
        title = html.escape(self.tr("{chapter}: sheet for BNI Connect, meeting of {date}").format(
            chapter=s.chapter_name, date=date_text(dt.date.fromisoformat(s.date))))
        amounts = html.escape(self.tr("Amounts in {currency}.").format(currency=s.currency))
        direction = "rtl" if is_right_to_left() else "ltr"
        return (f"<html><body style='font-family: sans-serif; font-size: 9pt'><div dir='{direction}'><h2>{title}</h2>"
                f"<p>{amounts}</p>{table}</div></body></html>")

    def print_pdf(self) -> str | None:
        sheet = self.sheet
        if sheet is None:
            return None
        from totalnet_desktop.render.pdf import write_html_pdf

        return saving.save_with(self.ask_path, self.tr("Print the sheet to PDF"), f"bni-connect-{sheet.date}.pdf",
                                self.tr("PDF (*.pdf)"), lambda path: write_html_pdf(
                                    self.sheet_html(), path, self.tr("Sheet for BNI Connect {date}").format(
                                        date=sheet.date), landscape=True),
                                self.say, saved=self.tr("Saved {path}."))
