"""Import steps 1 and 2: pick files; see the encoding, separator, header row and format found."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, path_text, tr_core, translate
from totalnet_desktop.views.exchange import labels
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

CSV_FORMATS = ("linkedin", "google", "outlook", "roster", "own", "csv")
FILE_FILTER = QT_TRANSLATE_NOOP("FilesPage", "Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)")


class FilesPage(QWidget):
    """The list of files to import, each with what was detected."""

    changed = Signal()
    title = QT_TRANSLATE_NOOP("FilesPage", "Files and format")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.files: list[importer.ImportFile] = []
        intro = QLabel(self.tr("Pick one or more files: a LinkedIn Connections.csv, a Google or Outlook export, a "
                               "phone's .vcf, a chapter roster or any spreadsheet saved as CSV. The format is "
                               "recognised; change it if it is wrong."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Files to import"))
        theme.focus_frame(self.table, "import_files", keep_frame=True)  # empty, it has no cell to mark
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Format"), self.tr("Encoding"),
                                              self.tr("Separator"), self.tr("Header row"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add files..."))
        self.add_button.clicked.connect(self._pick)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        theme.style_text(self.errors, "error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)

    def _pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import contacts"), str(Path.home()),
                                                translate("FilesPage", FILE_FILTER))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths) -> list[str]:
        """Open each file; list it, or say why it cannot be read. Returns the error messages."""
        errors = []
        known = {f.path.resolve() for f in self.files}
        for name in paths:
            path = Path(name)
            if path.resolve() in known:
                continue
            try:
                self.files.append(importer.open_import(path))
                known.add(path.resolve())
            except ImportReadError as exc:
                errors.append(tr_core(exc))
        self.errors.setText("\n".join(errors))
        self._fill()
        self.changed.emit()
        return errors

    def set_format(self, row: int, fmt: str) -> None:
        """Read file ``row`` again as ``fmt`` (a CSV preset)."""
        current = self.files[row]
        if current.format == fmt:
            return
        try:
            self.files[row] = importer.open_import(current.path, fmt)
        except ImportReadError as exc:
            self.errors.setText(tr_core(exc))
        self._fill()
        self.changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.files[row]
        self._fill()
        self.changed.emit()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.files))
        for row, imp in enumerate(self.files):
            item = QTableWidgetItem(imp.path.name)
            item.setToolTip(str(imp.path))
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Format of {file}").format(file=path_text(imp.path.name)))
            if imp.format == "vcard":
                combo.addItem(labels.label(labels.FORMATS, "vcard"), "vcard")
                combo.setEnabled(False)
            else:
                for fmt in CSV_FORMATS:
                    combo.addItem(labels.label(labels.FORMATS, fmt), fmt)
                combo.setCurrentIndex(CSV_FORMATS.index(imp.format))
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, c=combo: self.set_format(r, c.currentData()))
            self.table.setCellWidget(row, 1, combo)
            sep = labels.label(labels.SEPARATORS, imp.delimiter, "") if imp.delimiter else "-"
            header_line = number(imp.source.header_line) if imp.source else "-"
            if imp.preamble:
                header_line = self.tr("{line} (after %Ln note line(s))", "", len(imp.preamble)).format(line=header_line)
            size_kb = max(1, imp.path.stat().st_size // 1024)
            for col, text in ((2, imp.encoding), (3, sep), (4, header_line),
                              (5, self.tr("{size} KB").format(size=number(size_kb)))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def ready(self) -> bool:
        return bool(self.files)
