"""The export dialog (Ctrl+E): contacts (all, the current filter, the selection) with the columns
chosen, as CSV, CSV for Excel or vCard 3.0/4.0; attendance, referrals, PALMS and follow-ups as CSV."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from totalnet_desktop.core.chapter import chapters, meetings, reports
from totalnet_desktop.core.exchange import export
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, date_format, number, path_text, translate
from totalnet_desktop.views.exchange import labels
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_date, weekend_colours
from totalnet_desktop.views.shell.job_dialog import JobDialog

logger = logging.getLogger(__name__)

WHAT = {"contacts": QT_TRANSLATE_NOOP("ExportDialog", "Contacts"),
        "attendance": QT_TRANSLATE_NOOP("ExportDialog", "Attendance"),
        "referrals": QT_TRANSLATE_NOOP("ExportDialog", "Referrals"),
        "palms": QT_TRANSLATE_NOOP("ExportDialog", "PALMS report (weekly chapter report)"),
        "followups": QT_TRANSLATE_NOOP("ExportDialog", "Follow-ups")}
FORMATS = {"csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (UTF-8)"),
           "excel": QT_TRANSLATE_NOOP("ExportDialog", "CSV for Excel (UTF-8 with BOM)"),
           "vcard3": QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0"),
           "vcard4": QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0")}


def _radio_group(parent, items: dict, layout) -> tuple[QButtonGroup, dict]:
    group = QButtonGroup(parent)
    buttons = {}
    for key, text in items.items():
        button = QRadioButton(translate("ExportDialog", text))
        group.addButton(button)
        layout.addWidget(button)
        buttons[key] = button
    next(iter(buttons.values())).setChecked(True)
    return group, buttons


class ExportDialog(JobDialog):
    """Choose what, which contacts, which columns and the format; then a file."""

    exported = Signal(str, int)

    def __init__(self, ctx, parent=None, contact_ids=None, filtered_ids=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_ids = list(contact_ids or [])
        self.filtered_ids = list(filtered_ids) if filtered_ids is not None else None
        self.setWindowTitle(self.tr("Export - TotalNet"))
        self.resize(720, 520)
        what_box = QGroupBox(self.tr("What"))
        what_layout = QVBoxLayout(what_box)
        self.what_group, self.what_buttons = _radio_group(self, WHAT, what_layout)
        what_layout.addStretch(1)
        scope_box = QGroupBox(self.tr("Which contacts"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group, self.scope_buttons = _radio_group(self, {
            "all": QT_TRANSLATE_NOOP("ExportDialog", "All contacts"),
            "filter": self.tr("The current filter ({count})").format(count=number(len(self.filtered_ids or []))),
            "selection": self.tr("The selection ({count})").format(count=number(len(self.contact_ids))),
        }, scope_layout)
        self.scope_buttons["filter"].setEnabled(self.filtered_ids is not None)
        self.scope_buttons["selection"].setEnabled(bool(self.contact_ids))
        if self.contact_ids:
            self.scope_buttons["selection"].setChecked(True)
        scope_layout.addStretch(1)
        self.meetings_box = self._meetings_box()
        format_box = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(format_box)
        self.format_group, self.format_buttons = _radio_group(self, FORMATS, format_layout)
        format_layout.addStretch(1)
        columns_box = QGroupBox(self.tr("Columns"))
        columns_layout = QVBoxLayout(columns_box)
        self.columns = QListWidget()
        self.columns.setAccessibleName(self.tr("Columns"))
        for name in export.CONTACT_COLUMNS:
            item = QListWidgetItem(labels.label(labels.COLUMNS, name))
            item.setData(Qt.ItemDataRole.UserRole, name)  # the file keeps the English column name
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns.addItem(item)
        toggles = QHBoxLayout()
        all_button, none_button = QPushButton(self.tr("All")), QPushButton(self.tr("None"))
        all_button.setAccessibleName(self.tr("All columns"))
        none_button.setAccessibleName(self.tr("No columns"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        toggles.addWidget(all_button)
        toggles.addWidget(none_button)
        toggles.addStretch(1)
        columns_layout.addWidget(self.columns)
        columns_layout.addLayout(toggles)
        from totalnet_desktop.core.store import cipher

        plain = (" " + self.tr("Exports are not encrypted, even though your database is: other programs must "
                               "read them.") if cipher.passphrase() is not None else "")
        self.note = QLabel(self.tr("Cells a spreadsheet would run as a formula get a leading ' (TotalNet reads its "
                                   "own export back exactly).") + plain)
        self.note.setObjectName("export_note")
        self.note.setWordWrap(True)
        theme.style_text(self.note, "muted")
        self.export_button = QPushButton(self.tr("&Export..."))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._pick_path)
        self.close_button = close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        # While a file is written (off the GUI thread): progress and Cancel instead of the buttons.
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        grid = QGridLayout()
        grid.addWidget(what_box, 0, 0)
        grid.addWidget(scope_box, 1, 0)
        grid.addWidget(self.meetings_box, 1, 0)
        grid.addWidget(format_box, 2, 0)
        grid.addWidget(columns_box, 0, 1, 3, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.bar)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.what_group.buttonClicked.connect(lambda _b: self._update())
        self.format_group.buttonClicked.connect(lambda _b: self._update())
        self._update()

    def _meetings_box(self) -> QGroupBox:
        """Which meetings a chapter table covers: the last closed one, one meeting, or a date range."""
        box = QGroupBox(self.tr("Which meetings"))
        layout = QGridLayout(box)
        self.period_group, self.period_buttons = _radio_group(self, {
            "last": QT_TRANSLATE_NOOP("ExportDialog", "The last closed meeting"),
            "meeting": QT_TRANSLATE_NOOP("ExportDialog", "The meeting of"),
            "range": QT_TRANSLATE_NOOP("ExportDialog", "From")}, QVBoxLayout())
        chapter_id = chapters.my_chapter_id()
        dates = [m.date for m in meetings.list_meetings(chapter_id)] if chapter_id is not None else []
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("The meeting of"))
        for day in dates:
            self.meeting_combo.addItem(date_format(day, "ddd d MMM yyyy"), day)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit.setAccessibleName(self.tr("To"))
        last = dates[0] if dates else dt.date.today()
        for edit, day in ((self.from_edit, dates[-1] if dates else last), (self.to_edit, last)):
            edit.setCalendarPopup(True)
            weekend_colours(edit)
            edit.setDisplayFormat("dd MMM yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
        layout.addWidget(self.period_buttons["last"], 0, 0, 1, 4)
        layout.addWidget(self.period_buttons["meeting"], 1, 0)
        layout.addWidget(self.meeting_combo, 1, 1, 1, 3)
        layout.addWidget(self.period_buttons["range"], 2, 0)
        layout.addWidget(self.from_edit, 2, 1)
        layout.addWidget(QLabel(self.tr("to")), 2, 2)
        layout.addWidget(self.to_edit, 2, 3)
        layout.setRowStretch(3, 1)
        self.period_buttons["meeting"].setEnabled(bool(dates))
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self.period_buttons["meeting"].setChecked(True))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.period_buttons["range"].setChecked(True))
        return box

    def period(self) -> reports.TableRange | None:
        """The meetings chosen for a chapter table (None: the last closed meeting)."""
        choice = self._choice(self.period_buttons)
        if choice == "meeting" and self.meeting_combo.currentIndex() >= 0:
            return reports.TableRange(meeting=self.meeting_combo.currentData())
        if choice == "range":
            return reports.TableRange(start=to_date(self.from_edit.date()), end=to_date(self.to_edit.date()))
        return None

    def _check_all(self, on: bool) -> None:
        for i in range(self.columns.count()):
            self.columns.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _choice(self, buttons: dict) -> str:
        return next(k for k, b in buttons.items() if b.isChecked())

    def what(self) -> str:
        return self._choice(self.what_buttons)

    def fmt(self) -> str:
        return self._choice(self.format_buttons)

    def select(self, what: str | None = None, fmt: str | None = None, scope: str | None = None) -> None:
        """Choose options programmatically (keyboard users and tests)."""
        for value, buttons in ((what, self.what_buttons), (fmt, self.format_buttons), (scope, self.scope_buttons)):
            if value is not None:
                buttons[value].setChecked(True)
        self._update()

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        contacts = self.what() == "contacts"
        for button in self.scope_buttons.values():
            button.setVisible(True)
        self.scope_buttons["all"].parentWidget().setVisible(contacts or self.what() == "followups")
        self.scope_buttons["all"].parentWidget().setEnabled(contacts)
        self.meetings_box.setVisible(self.what() in export.PERIOD_TABLES)
        self.columns.parentWidget().setEnabled(contacts and self.fmt() in ("csv", "excel"))
        for key in ("vcard3", "vcard4"):
            self.format_buttons[key].setEnabled(contacts)
        if not contacts and self.fmt().startswith("vcard"):
            self.format_buttons["csv"].setChecked(True)

    def _ids(self) -> list[int] | None:
        scope = self._choice(self.scope_buttons)
        if scope == "selection":
            return self.contact_ids
        if scope == "filter":
            return self.filtered_ids
        return None

    def _pick_path(self) -> None:
        suffix = ".vcf" if self.fmt().startswith("vcard") else ".csv"
        default = str(Path.home() / f"totalnet-{self.what()}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), default,
                                              self.tr("*{suffix};;All files (*)").format(suffix=suffix))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Write the chosen export to ``path`` off the GUI thread, showing progress with Cancel;
        return the number of rows (None on an error or a cancel, when ``path`` is left untouched)."""
        what, fmt, ids = self.what(), self.fmt(), self._ids()
        period = self.period() if what in export.PERIOD_TABLES else None
        columns = self.chosen_columns()
        if what == "contacts" and not fmt.startswith("vcard") and not columns:
            self.note.setText(self.tr("Choose at least one column."))
            return None

        cancelled_text = self.tr("The export was cancelled; no file was written.")

        def work(progress, cancelled):
            def step(done: int, total: int) -> None:
                progress(done, total)
                if cancelled():
                    raise export.ExportCancelled(cancelled_text)

            if what != "contacts":
                return export.export_table(what, path, excel=fmt == "excel", progress=step, period=period)
            if fmt.startswith("vcard"):
                return export.export_contacts_vcard(path, ids, "3.0" if fmt == "vcard3" else "4.0", progress=step)
            return export.export_contacts_csv(path, ids, columns, excel=fmt == "excel", progress=step)

        def started(_job) -> None:
            self._set_busy(True)
            self.note.setText(self.tr("Exporting to {path}...").format(path=path_text(path)))

        outcome = self.run_job(work, "export", self._on_progress, started)
        self._set_busy(False)
        if "result" in outcome:
            count = outcome["result"]
            self.note.setText((self.tr("Exported %Ln contact(s) to {path}.", "", count) if what == "contacts" else
                               self.tr("Exported %Ln row(s) to {path}.", "", count)).format(path=path_text(path)))
            self.exported.emit(str(path), count)
            return count
        if outcome.get("cancelled"):
            self.note.setText(cancelled_text)
            return None
        message = outcome.get("error", self.tr("The export stopped."))
        self.note.setText(message)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Export"), message)
        return None

    def cancel_export(self) -> None:
        """Stop a running export at its next step; the file is not written."""
        self.cancel_job()

    def _on_progress(self, done: int, total: int) -> None:
        self.show_progress(done, total)
        if self.job is not None and total:
            self.note.setText(self.tr("Exporting... {done} of {total} written.").format(done=number(done),
                                                                                      total=number(total)))

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)  # busy, until the contacts are read and the first row is written
        self.bar.setValue(0)
        self.cancel_button.setVisible(busy)
        self.export_button.setVisible(not busy)
        self.close_button.setEnabled(not busy)
        for widget in (self.what_buttons, self.scope_buttons, self.format_buttons, self.period_buttons):
            for button in widget.values():
                button.parentWidget().setEnabled(not busy)
        self.columns.parentWidget().setEnabled(not busy and self.what() == "contacts"
                                               and self.fmt() in ("csv", "excel"))
        if not busy:
            self._update()


def _filtered_ids(parent) -> list[int] | None:
    """The ids of the Contacts screen's current filter, when that screen is showing."""
    screen = parent.current_screen() if hasattr(parent, "current_screen") else None
    model = getattr(screen, "model", None)
    ids = getattr(model, "ids", None)
    return list(ids()) if callable(ids) else None


def run_export_dialog(ctx, parent=None, contact_ids=None) -> None:
    """Open the export dialog; ``contact_ids`` preselects 'the selection'."""
    dialog = ExportDialog(ctx, parent, contact_ids, _filtered_ids(parent))
    dialog.exec()
