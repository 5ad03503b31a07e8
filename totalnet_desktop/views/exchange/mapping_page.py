"""Import step 3: each source column, its first values and the field it goes to; saved mappings;
a preview of the first 50 rows as they will be stored."""

from __future__ import annotations

import html
import itertools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.exchange import batch, mappings
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.formats import FIELDS
from totalnet_desktop.core.exchange.importer import ImportOptions
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, embedded, number, path_text, tr_core
from totalnet_desktop.qtmodels.import_preview_model import ImportPreviewModel
from totalnet_desktop.views.exchange import labels
from totalnet_desktop.views.exchange.import_worker import ImportJob

logger = logging.getLogger(__name__)

# Up to this many contacts the duplicate check loads them at once (~50 ms); more load in the background.
SYNC_CONTACTS = 5000


class MappingPage(QWidget):
    """The mapping of the file chosen at the top (one mapping per file)."""

    changed = Signal()
    preview_ready = Signal()  # the preview shows duplicates against every existing contact
    _loaded = Signal(int, object)  # from the loading thread: (generation, classifier)
    title = QT_TRANSLATE_NOOP("MappingPage", "Columns")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.files: list = []
        self._classifier: Classifier | None = None  # the existing contacts, for the preview's duplicate column
        self._loader: ImportJob | None = None
        self._generation = 0
        self._loaded.connect(self._contacts_loaded)
        self.file_name = QLabel()  # the file's name when there is one file (the combo: several)
        self.file_name.setObjectName("mapping_file_name")
        self.file_combo = QComboBox()
        self.file_combo.setAccessibleName(self.tr("File"))
        self.file_combo.currentIndexChanged.connect(self._show_file)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"), self.tr("Goes to")])
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.saved_combo = QComboBox()
        self.saved_combo.setAccessibleName(self.tr("Saved mappings"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(lambda: self.apply_saved(self.saved_combo.currentText()))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name for this mapping"))
        self.name_edit.setAccessibleName(self.tr("Name for this mapping"))
        self.save_button = QPushButton(self.tr("Save mapping"))
        self.save_button.clicked.connect(lambda: self.save_as(self.name_edit.text()))
        self.message = QLabel()
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_name)
        top.addWidget(self.file_combo, 1)
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved mappings:")))
        saved.addWidget(self.saved_combo, 1)
        saved.addWidget(self.apply_button)
        saved.addSpacing(16)
        saved.addWidget(self.name_edit, 1)
        saved.addWidget(self.save_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(saved)
        upper_layout.addWidget(self.message)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview_label)
        lower_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- filling ----------------------------------------------------------------------------
    def set_files(self, files: list) -> None:
        """Show the mapping of these files (the first one selected)."""
        self.files = files
        self._classifier = None
        self._generation += 1
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for imp in files:
            self.file_combo.addItem(self.tr("{file}  ({format})").format(
                file=path_text(imp.path.name), format=labels.label(labels.FORMATS, imp.format, imp.format_label)))
        self.file_combo.blockSignals(False)
        self.file_combo.setVisible(len(files) > 1)
        self.file_name.setVisible(len(files) == 1)
        if len(files) == 1:
            shown = labels.label(labels.FORMATS, files[0].format, files[0].format_label)
            self.file_name.setText(f"<b>{html.escape(embedded(files[0].path.name))}</b>  ({html.escape(shown)})")
        self.saved_combo.clear()
        self.saved_combo.addItems(mappings.mapping_names())
        self._show_file(0)

    def current(self):
        index = self.file_combo.currentIndex()
        return self.files[index] if 0 <= index < len(self.files) else None

    def _show_file(self, _index: int = 0) -> None:
        imp = self.current()
        if imp is None:
            return
        is_csv = imp.format != "vcard"
        for widget in (self.saved_combo, self.apply_button, self.name_edit, self.save_button):
            widget.setEnabled(is_csv)
        if not is_csv:
            self.table.setRowCount(1)
            self.table.setItem(0, 0, QTableWidgetItem("vCard"))
            self.table.setItem(0, 1, QTableWidgetItem(self.tr("Names, organisation, e-mails, phones, web sites, "
                                                              "social profiles, address city, categories, note")))
            self.table.setItem(0, 2, QTableWidgetItem(self.tr("mapped automatically")))
            self.table.removeCellWidget(0, 2)
        else:
            samples = self._samples(imp)
            self.table.setRowCount(len(imp.headers))
            for row, header in enumerate(imp.headers):
                self.table.setItem(row, 0, QTableWidgetItem(header or self.tr("(column {n})").format(n=number(row + 1))))
                values = [s for s in samples.get(row, []) if s][:3]
                item = QTableWidgetItem(embedded(" | ".join(embedded(v.replace("\n", " ")[:40]) for v in values)))
                item.setToolTip("\n".join(values))
                self.table.setItem(row, 1, item)
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Field for {column}").format(
                    column=header or self.tr("(column {n})").format(n=number(row + 1))))
                for key, label in FIELDS.items():
                    combo.addItem(labels.label(labels.FIELDS, key, label), key)
                combo.setCurrentIndex(list(FIELDS).index(imp.mapping[row]) if row < len(imp.mapping) else 0)
                combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self.set_field(r, c.currentData()))
                self.table.setCellWidget(row, 2, combo)
        self.refresh_preview()

    @staticmethod
    def _samples(imp) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        try:
            for row in itertools.islice(imp.source.rows(), 8):
                for i, cell in enumerate(row.cells):
                    out.setdefault(i, []).append(cell.strip())
        except TotalNetError as exc:
            logger.info("sample rows unreadable: %s", type(exc).__name__)  # the message may quote a row
        return out

    # -- editing ----------------------------------------------------------------------------
    def set_field(self, row: int, field: str) -> None:
        """Send source column ``row`` of the current file to ``field``."""
        imp = self.current()
        mapping = list(imp.mapping)
        mapping[row] = field
        imp.mapping = tuple(mapping)
        combo = self.table.cellWidget(row, 2)
        if isinstance(combo, QComboBox) and combo.currentData() != field:
            combo.blockSignals(True)
            combo.setCurrentIndex(list(FIELDS).index(field))
            combo.blockSignals(False)
        self.refresh_preview()
        self.changed.emit()

    def save_as(self, name: str) -> bool:
        """Save the current mapping by name."""
        imp = self.current()
        try:
            mappings.save_mapping(name, imp.headers, imp.mapping)
        except TotalNetError as exc:
            self.message.setText(tr_core(exc))
            return False
        self.message.setText(self.tr("Mapping saved as “{name}”.").format(name=name.strip()))
        self.saved_combo.clear()
        self.saved_combo.addItems(mappings.mapping_names())
        self.saved_combo.setCurrentText(name.strip())
        return True

    def apply_saved(self, name: str) -> None:
        """Apply a saved mapping to the current file."""
        if not name:
            return
        imp = self.current()
        try:
            imp.mapping = mappings.apply_mapping(name, imp.headers, imp.mapping)
        except TotalNetError as exc:
            self.message.setText(tr_core(exc))
            return
        self.message.setText(self.tr("Applied the mapping “{name}”.").format(name=name))
        self._show_file()
        self.changed.emit()

    def refresh_preview(self) -> None:
        """Re-read the first 50 rows with the current mapping.

        With many contacts, loading them for the duplicate check takes a moment (about 1 s for
        100,000): that runs in the background and the preview is shown again when it is done.
        """
        imp = self.current()
        if imp is None:
            return
        checking = False
        try:
            if self._classifier is None:
                contacts = batch.live_contact_count()
                if contacts < SYNC_CONTACTS:
                    self._classifier = batch.existing_classifier(ImportOptions())
                else:
                    checking = True
                    self._load_contacts()
            classifier = self._classifier if self._classifier is not None else Classifier()
            rows = batch.preview(imp, classifier=classifier.clone())
        except TotalNetError as exc:
            self.preview_model.set_rows([])
            self.preview_label.setText(tr_core(exc))
            return
        self.preview_model.set_rows(rows, checking=checking)
        self.preview.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(col, min(self.preview.columnWidth(col), 220))
        rejected = sum(1 for _, d in rows if d.action == "reject")
        flagged = sum(1 for dr, d in rows if d.action != "reject" and (dr.warnings or d.possible))
        text = self.tr("The first %Ln row(s) as they will be stored: {rejected} rejected (red), {flagged} with a "
                       "warning or a possible duplicate (yellow).", "", len(rows)).format(
            rejected=number(rejected), flagged=number(flagged))
        if checking:
            text += " " + self.tr("Checking them against your %Ln contact(s)...", "", contacts)
        self.preview_label.setText(text)
        if not checking:
            self.preview_ready.emit()

    def _load_contacts(self) -> None:
        """Load the existing contacts for the duplicate check off the GUI thread (once)."""
        if self._loader is not None:
            return
        generation = self._generation
        job = ImportJob(lambda _progress, _cancelled: batch.existing_classifier(ImportOptions()),
                        label="duplicate check")
        job.done.connect(lambda classifier: self._loaded.emit(generation, classifier))
        job.failed.connect(self.preview_label.setText)
        job.finished.connect(self._loader_finished)
        self._loader = job
        job.start()

    def _contacts_loaded(self, generation: int, classifier) -> None:
        if generation == self._generation:
            self._classifier = classifier
            self.refresh_preview()

    def _loader_finished(self) -> None:
        self._loader = None
        if self._classifier is None and self.files and self.isVisible():
            self.refresh_preview()  # the files changed while loading: load for them

    def ready(self) -> bool:
        return True
