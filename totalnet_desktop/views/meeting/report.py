"""The weekly chapter (PALMS) report dialog: previewed, printed or saved as PDF (rendering in render/)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import reports
from totalnet_desktop.core.chapter.reports import PalmsSummary
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import tr_core
from totalnet_desktop.render.meeting_report import report_document, report_html, write_pdf
from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell.dates import to_date, to_qdate, weekend_colours
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def paper(view: QTextBrowser) -> None:
    """The report is previewed as printed (light paper, black ink) in dark mode too: its row shades
    are the PDF's light ones, and the dark mode's light text on them could not be read."""
    pal = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Base, QColor(palette.REPORT["paper"]))
        pal.setColor(group, QPalette.ColorRole.Text, QColor(palette.REPORT["text"]))
    view.setPalette(pal)


class MeetingReportDialog(QDialog):
    """Preview of the report for a meeting or a date range, with Save PDF and Print."""

    def __init__(self, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chapter report"))
        fit_resize(self, 1100, 640)
        self.chapter_id, start, end = reports.meeting_range(meeting_id)
        self.start = QDateEdit(to_qdate(start))
        self.end = QDateEdit(to_qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            weekend_colours(edit)
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self.refresh)
        self.preview = QTextBrowser()
        paper(self.preview)
        self.summary: PalmsSummary | None = None
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.preview.setAccessibleName(self.tr("Report preview"))
        save = QPushButton(self.tr("&Save PDF..."))
        save.clicked.connect(self.ask_save_pdf)
        print_button = QPushButton(self.tr("&Print..."))
        print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(_buddy(self.tr("&From"), self.start))
        row.addWidget(self.start)
        row.addWidget(_buddy(self.tr("&To"), self.end))
        row.addWidget(self.end)
        row.addStretch(1)
        for button in (save, print_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        self.refresh()
        save.setFocus()

    def refresh(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        self.summary = reports.chapter_summary(self.chapter_id, min(start, end), max(start, end))
        self.preview.setHtml(report_html(self.summary))

    def save_pdf(self, path: Path | str) -> Path:
        assert self.summary is not None  # refresh() ran in __init__
        return write_pdf(self.summary, path)

    def ask_save_pdf(self) -> None:
        default = f"chapter-report-{self.summary.end:%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), default, self.tr("PDF (*.pdf)"))
        if path:
            try:
                self.save_pdf(path)
            except TotalNetError as exc:  # the live database, a folder, a full disk: one sentence
                QMessageBox.warning(self, self.tr("Chapter report"), tr_core(exc))

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.summary is not None and QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            report_document(self.summary).print_(printer)

    @classmethod
    def show_report(cls, meeting_id: int, parent: QWidget | None = None) -> tuple[None, bool]:
        """Show the report of a meeting (modal)."""
        dialog = cls(meeting_id, parent)
        return None, dialog.exec() == QDialog.DialogCode.Accepted
