"""Print simple HTML to a PDF file the safe way (core.store.write_guard): never over the live database
or a folder; a fresh temporary file beside the target is put in place only when the PDF is whole.
Shared by the leadership screens' Print buttons (traffic lights, feature rota, sheet for BNI Connect)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument

from totalnet_desktop.core.store import write_guard
from totalnet_desktop.i18n import path_text, translate
from totalnet_desktop.render.meeting_report import pdf_problem


def write_html_pdf(html: str, path: Path | str, title: str, landscape: bool = True) -> Path:
    """Print ``html`` to ``path`` (A4); a TotalNetError with one sentence when it cannot be written."""
    from PySide6.QtPrintSupport import QPrinter

    path = Path(path)

    def check(tmp: Path) -> str | None:
        problem = pdf_problem(tmp)
        if problem == "incomplete":
            return translate("Errors", "The PDF could not be written completely to {path} (the disk may be "
                                       "full); nothing was changed there.").format(path=path_text(path))
        return problem

    with write_guard.atomic_path(path, check) as tmp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                          QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
        printer.setDocName(title)
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise write_guard.FileWriteError(translate(
                "Errors", "The PDF could not be written to {path}.").format(path=path_text(path)))
        del printer  # closes the file before it is checked
    return path
