"""Import step 5: tag, source, a chapter's roster, LinkedIn's "Connected On" as an interaction."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from totalnet_desktop.core.exchange import batch, importer
from totalnet_desktop.core.exchange.formats import FORMAT_SOURCES
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, tr_core_stored
from totalnet_desktop.views.exchange.summary_page import columns_text
from totalnet_desktop.views.shell import theme


class OptionsPage(QWidget):
    """Options applied to every imported row."""

    title = QT_TRANSLATE_NOOP("OptionsPage", "Options")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("no tag"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("as in the file"))
        self.chapter_combo = QComboBox()
        self.chapter_combo.setEditable(True)
        self.chapter_combo.lineEdit().setPlaceholderText(self.tr("none (type a name to create a chapter)"))
        self.connected_check = QCheckBox(self.tr("Record LinkedIn's “Connected On” date as an online "
                                                 "interaction"))
        self.connected_check.setChecked(True)
        note = QLabel(self.tr("The tag lets you find (and undo by hand) this batch later. A backup copy of your "
                              "data is made before anything is written."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Tag every imported contact:"), self.tag_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        form.addRow(self.tr("Add to the &roster of chapter:"), self.chapter_combo)
        form.addRow("", self.connected_check)
        self.keep_check = QCheckBox(self.tr("&Keep the values of the columns below in each contact's notes "
                                            "(as \u201cColumn: value\u201d lines)"))
        self.unmapped_label = QLabel()
        self.unmapped_label.setWordWrap(True)
        form.addRow("", self.keep_check)
        form.addRow("", self.unmapped_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.style_text(self.message, "error", "font-weight: bold;")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def set_files(self, files: list, plans: list | None = None) -> None:
        """Defaults from the files: tag "Imported FILE DATE" (translated), the format's source, chapters; the columns
        the mapping leaves out that hold values (from the plans of step 4)."""
        if not files:
            return
        unmapped: dict[str, int] = {}
        for plan in plans or []:
            for column, rows in plan.unmapped.items():
                unmapped[column] = unmapped.get(column, 0) + rows
        self.unmapped_label.setText(self.tr("Columns that go to no field: {columns}.").format(
            columns=columns_text(unmapped)))
        self.keep_check.setVisible(bool(unmapped))
        self.unmapped_label.setVisible(bool(unmapped))
        if not unmapped:
            self.keep_check.setChecked(False)
        first = files[0]
        # In the member's language, date included; the tag written is what this box then holds.
        self.tag_edit.setText(tr_core_stored(importer.default_tag(first, others=len(files) - 1)))
        sources = {FORMAT_SOURCES.get(f.format, "") for f in files}
        self.source_edit.setText(sources.pop() if len(sources) == 1 else "")
        current = self.chapter_combo.currentText()
        self.chapter_combo.clear()
        self.chapter_combo.addItem("")
        self.chapter_combo.addItems(batch.chapter_names())
        self.chapter_combo.setCurrentText(current)
        has_connected = any("connected_on" in f.mapping for f in files)
        self.connected_check.setEnabled(has_connected)
        self.connected_check.setChecked(has_connected)

    def options(self, policy: str, decisions: dict) -> importer.ImportOptions:
        """The options for one file."""
        return importer.ImportOptions(
            policy=policy, tag=self.tag_edit.text().strip(), source=self.source_edit.text().strip(),
            chapter=self.chapter_combo.currentText().strip(),
            connected_interactions=self.connected_check.isChecked(), decisions=decisions,
            keep_unmapped=self.keep_check.isChecked())

    def ready(self) -> bool:
        return True
