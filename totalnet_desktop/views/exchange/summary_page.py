"""Import steps 6 and 7: progress with Cancel, then the summary with the rejected rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, path_text, tr_core, translate
from totalnet_desktop.views.shell import theme


def columns_text(unmapped: dict[str, int]) -> str:
    """'Geburtstag (2 rows), Hobby (1 row)': the columns left out and how many rows held a value."""
    return ", ".join(translate("ImportSummary", "{column} (%n row(s))", None, rows).format(column=column)
                     for column, rows in unmapped.items())


def unmapped_text(summaries: list) -> str:
    """The columns not imported (or kept in the notes) and the repeated header rows, for the summary."""
    parts = []
    left: dict[str, int] = {}
    kept: dict[str, int] = {}
    repeats = 0
    for s in summaries:
        target = kept if s.kept_unmapped else left
        for column, rows in s.unmapped.items():
            target[column] = target.get(column, 0) + rows
        repeats += len(s.header_repeats)
    if left:
        parts.append(translate("ImportSummary", "Columns not imported: {columns}.").format(
            columns=columns_text(left)))
    if kept:
        parts.append(translate("ImportSummary", "Kept in the notes as \u201cColumn: value\u201d lines: {columns}.")
                     .format(columns=columns_text(kept)))
    if repeats:
        parts.append(translate("ImportSummary", "The header row came again on %n line(s); skipped, not a contact.",
                               None, repeats))
    return " ".join(parts)


class ProgressPage(QWidget):
    """A progress bar while the import runs in its worker thread."""

    title = QT_TRANSLATE_NOOP("ProgressPage", "Import")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Importing... Cancel leaves your data exactly as it was."))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(2)

    def on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


class SummaryPage(QWidget):
    """Counts, rejected rows with their row number and reason, warnings, and the save button."""

    title = QT_TRANSLATE_NOOP("SummaryPage", "Summary")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.rejected_label = QLabel()
        self.unmapped_label = QLabel()
        self.unmapped_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Row"), self.tr("Reason"), self.tr("Content")])
        self.table.setAccessibleName(self.tr("Rejected rows"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("&Save the rejected rows..."))
        self.warnings = QPlainTextEdit()
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(130)
        self.warnings_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.style_text(self.note, "muted")
        save_row = QHBoxLayout()
        save_row.addWidget(self.rejected_label, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.unmapped_label)
        layout.addLayout(save_row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.note)
        layout.addStretch(0)  # with nothing rejected and no warning, the text stays together at the top

    def show_result(self, names: list[str], summaries: list) -> None:
        """Fill the page from the summaries of each file."""
        imported = sum(s.imported for s in summaries)
        merged = sum(s.merged for s in summaries)
        skipped = sum(s.skipped for s in summaries)
        rejected = [(names[i], r) for i, s in enumerate(summaries) for r in s.rejected]
        self.headline.setText("<h3>" + self.tr("Imported {imported}, merged {merged}, skipped {skipped}, rejected "
                                               "{rejected}").format(imported=number(imported), merged=number(merged),
                                                                    skipped=number(skipped),
                                                                    rejected=number(len(rejected))) + "</h3>")
        self.rejected_label.setText(self.tr(
            "Rejected rows hold no name, e-mail, phone or profile (or could not be read). Save them, fix "
            "them and import that file again.") if rejected else self.tr("No row was rejected."))
        self.save_button.setEnabled(bool(rejected))
        unmapped = unmapped_text(summaries)
        self.unmapped_label.setText(unmapped)
        self.unmapped_label.setVisible(bool(unmapped))
        shown = rejected[:2000]
        self.table.setRowCount(len(shown))
        for row, (name, r) in enumerate(shown):
            content = " | ".join(c for c in r.cells if c)[:200].replace("\r", " ").replace("\n", " ")
            for col, text in enumerate((name, number(r.line), tr_core(r.reason), content)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        warnings = [(names[i], line, w) for i, s in enumerate(summaries) for line, w in s.warnings]
        count = sum(s.warning_count for s in summaries)
        listed = len(warnings[:2000])
        if not warnings:
            self.warnings_label.setText(self.tr("No warnings."))
        elif count > listed:
            self.warnings_label.setText(self.tr("%Ln warning(s); those rows were imported as typed (the first {listed} "
                                                "are listed):", "", count).format(listed=number(listed)))
        else:
            self.warnings_label.setText(self.tr("%Ln warning(s); those rows were imported as typed:", "", count))
        self.warnings.setPlainText("\n".join(self.tr("{file}, row {line}: {warning}").format(
            file=path_text(n), line=number(line), warning=tr_core(w)) for n, line, w in warnings[:2000]))
        self.warnings.setVisible(bool(warnings))
        self.table.setVisible(bool(rejected))
        backup = next((s.backup_path for s in summaries if s.backup_path), None)
        self.note.setText(self.tr("A backup of your data from before the import is in {path}.").format(path=path_text(backup))
                          if backup else "")

    def ready(self) -> bool:
        return True
