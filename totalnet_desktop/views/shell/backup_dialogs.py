"""File > Back up now... (to a place you choose, e.g. a USB stick) and File > Restore from backup...

Both go through ``core.backup`` (SQLite's online backup API). A restore first backs up the current
data, then announces ``ctx.bus.changed.emit("all")`` so every screen reloads.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.store import backup, copy, overview, restore
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_text,
    decimal,
    number,
    path_text,
    time_text,
    tr_core,
    translate,
)
from totalnet_desktop.views.shell.rows import select_row

logger = logging.getLogger(__name__)

def file_filter() -> str:
    return translate("Backup", "TotalNet backups (*.sqlite3);;All files (*)")
_open_boxes: list[QMessageBox] = []  # keeps parentless, non-blocking message boxes alive


def backup_now(ctx, parent: QWidget | None = None) -> Path | None:
    """Ask where to put a backup, write it; return the file made (None when cancelled or failed)."""
    default = Path.home() / f"TotalNet-backup-{dt.datetime.now():%Y-%m-%d}.sqlite3"
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("Backup", "Back up TotalNet to"), str(default),
                                              file_filter())
    if not chosen:
        return None
    # The file dialog has already asked before replacing an existing file.
    return backup_to(ctx, parent, Path(chosen), overwrite=True)


def backup_to(ctx, parent: QWidget | None, dest: Path, overwrite: bool = False) -> Path | None:
    """Back up to ``dest`` (a file or a folder) and say where it went and what it holds."""
    try:
        with _busy():
            if ctx.session.server:  # a chapter server's backup is an export to a TotalNet file
                made = copy.server_backup(ctx.session.server, ctx.paths.backup_dir, dest)[0]
            else:
                made = backup.manual_backup(ctx.paths.db_path, ctx.paths.backup_dir, dest, overwrite=overwrite)
    except (backup.BackupError, TotalNetError) as exc:
        notify(parent, QMessageBox.Icon.Warning, translate("Backup", "Backup failed"), str(exc), "backup_result")
        return None
    info = backup.inspect(made)
    notify(parent, QMessageBox.Icon.Information, translate("Backup", "Backup done"),
           translate("Backup", "Backed up {count} contacts to {file} ({size}).").format(
               count=number(info.contacts), file=path_text(made), size=format_size(info.size)), "backup_result")
    _status(parent, translate("Backup", "Backed up to {file}").format(file=path_text(made)))
    return made


class RestoreDialog(QDialog):
    """The backups in the data folder (date, what, size, contacts) and a way to pick another file."""

    COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Date"), QT_TRANSLATE_NOOP("RestoreDialog", "Backup"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Size"), QT_TRANSLATE_NOOP("RestoreDialog", "Contacts"))

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose a backup to restore. Your current data ({count} contacts) is backed up first, so a "
            "restore can itself be undone by restoring that copy.").format(count=number(overview.contact_count())))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels([translate("RestoreDialog", c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty_note = QLabel(self.tr("There are no backups in the data folder yet; use Other file... to pick one."))
        self.empty_note.setObjectName("no_backups")
        layout.addWidget(self.empty_note)
        self.buttons = QDialogButtonBox()
        self.other_button = QPushButton(self.tr("Other file..."))
        self.other_button.setObjectName("restore_other_file")
        self.other_button.setAutoDefault(False)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        row = QHBoxLayout()
        row.addWidget(self.other_button)  # a different kind of choice: kept apart, on the left
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.other_button.clicked.connect(self.pick_other_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.accept() if self.selected_path() else None)
        self.infos: list[backup.BackupInfo] = []
        self.load(backup.list_backups(ctx.paths.backup_dir))
        self.table.setFocus()  # arrows pick a backup, Enter restores it

    def load(self, infos: list[backup.BackupInfo]) -> None:
        """Fill the list; unreadable files are shown greyed out and cannot be chosen."""
        self.infos = list(infos)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = (f"{date_text(info.created)}  {time_text(info.created)}", tr_core(info.label), format_size(info.size),
                     number(info.contacts) if info.readable else self.tr("unreadable"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.readable:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, col, item)
        self.empty_note.setVisible(not self.infos)
        first = next((r for r, i in enumerate(self.infos) if i.readable), None)
        if first is not None:
            select_row(self.table, first)
        self._update_buttons()

    def select_path(self, path: Path) -> None:
        """Select the row of ``path`` (adding it at the top when it is not listed)."""
        path = Path(path)
        for row, info in enumerate(self.infos):
            if info.path == path:
                select_row(self.table, row)
                return
        self.load([backup.inspect(path), *self.infos])
        select_row(self.table, 0)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.infos[rows[0].row()]
        return info.path if info.readable else None

    def pick_other_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from file"), str(Path.home()), file_filter())
        if chosen:
            self.select_path(Path(chosen))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    @classmethod
    def choose(cls, ctx, parent: QWidget | None = None) -> tuple[Path | None, bool]:
        """Show the list; return (backup file, accepted)."""
        dialog = cls(ctx, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selected_path() is not None
        return (dialog.selected_path() if accepted else None), accepted


def restore_from_backup(ctx, parent: QWidget | None = None) -> bool:
    """File > Restore from backup...: choose, confirm, restore; True when the data was replaced."""
    path, accepted = RestoreDialog.choose(ctx, parent)
    if not accepted or path is None:
        return False
    return restore_file(ctx, parent, path)


def restore_file(ctx, parent: QWidget | None, path: Path, confirm: bool = True) -> bool:
    """Restore ``path`` after a confirmation naming both contact counts; announce the change."""
    info = backup.inspect(path)
    if confirm:
        answer = QMessageBox.question(
            parent, translate("Backup", "Restore from backup"),
            translate("Backup", "Replace your current data ({current} contacts) with the backup of {when} "
                      "({count} contacts)?\n\nYour current data is backed up first.").format(
                current=number(overview.contact_count()), when=f"{date_text(info.created)} {time_text(info.created)}",
                count=number(info.contacts) if info.readable else translate("Backup", "unknown")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        with _busy():
            result = restore.restore(path, ctx.paths.db_path, ctx.paths.backup_dir)
    except backup.BackupError as exc:
        notify(parent, QMessageBox.Icon.Warning, translate("Backup", "Restore failed"),
               translate("Backup", "{error} Your data was not changed.").format(error=exc), "restore_result")
        return False
    ctx.bus.changed.emit("all")
    saved = (" " + translate("Backup", "Your data as it was before is kept in the backups folder as {name}.").format(
        name=result.safety_copy.name) if result.safety_copy else "")
    when = f"{date_text(result.restored.created)} {time_text(result.restored.created)}"
    notify(parent, QMessageBox.Icon.Information, translate("Backup", "Restore done"),
           translate("Backup", "Restored {count} contacts from the backup of {when}.").format(
               count=number(result.restored.contacts), when=when) + saved, "restore_result")
    return True


# ---- small helpers ------------------------------------------------------------------------
def format_size(n: int) -> str:
    """Bytes as the user reads them: 840 kB, 12.3 MB."""
    if n >= 1_000_000_000:
        return translate("Backup", "{size} GB").format(size=decimal(n / 1e9))
    if n >= 1_000_000:
        return translate("Backup", "{size} MB").format(size=decimal(n / 1e6))
    return translate("Backup", "{size} kB").format(size=number(max(1, round(n / 1000))))


def notify(parent, icon, title: str, text: str, name: str = "") -> QMessageBox:
    """A message that does not block the caller (window-modal, closed with OK)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.remove(b) if b in _open_boxes else None)
    box.open()
    return box


def _status(parent, text: str) -> None:
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


class _busy:
    """Wait cursor for a short piece of work (a backup of 100,000 contacts takes about 0.25 s)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()
        return False
