"""Selection > Forget this person... and Export everything about this person... (issue 20).

Forget asks once (it cannot be undone), does it, shows the one-line result, then lists the backups
made before that still hold the person, each with a box to rewrite it without them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import forget
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import date_text, isolate, time_text, translate


def _one(parent, ids: list[int], say) -> int | None:
    if len(ids) != 1:
        say(translate("ForgetPerson", "Select one contact first."))
        return None
    return ids[0]


def forget_person(ctx, parent: QWidget, ids: list[int], say, confirm: bool = True) -> forget.ForgetResult | None:
    """Ask, forget, report; then offer to rewrite the backups that still hold them."""
    cid = _one(parent, ids, say)
    if cid is None:
        return None
    name = contacts.names([cid]).get(cid) or translate("ForgetPerson", "this contact")
    if confirm:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ForgetPerson", "Forget this person"),
                          translate("ForgetPerson", "Forget {name} for good?").format(name=isolate(name)) + "\n\n"
                          + translate("ForgetPerson", "Their contact, phones, e-mails, tags, interactions, "
                                      "follow-ups, search entries, undo steps and log lines are removed permanently. "
                                      "Chapter records others rely on (referrals, attendance, thank-yous) keep their "
                                      "numbers, with the person shown as \"removed person\". This cannot be undone."),
                          QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("forget_confirm")
        forget_button = box.addButton(translate("ForgetPerson", "Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is not forget_button:
            return None
    try:
        who = forget.Identity.of(cid)
        result = forget.forget(cid, ctx.paths.log_dir)
    except TotalNetError as exc:
        QMessageBox.warning(parent, translate("ForgetPerson", "Forget this person"), str(exc))
        return None
    ctx.bus.changed.emit("all")
    say(result.line())
    held = forget.backups_holding(ctx.paths.backup_dir, who)
    if held:
        BackupRewriteDialog(who, held, result.line(), parent).exec()
    return result


class BackupRewriteDialog(QDialog):
    """The backups made before that still hold the person; checked ones are rewritten without them."""

    def __init__(self, who: forget.Identity, held, result_line: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.who = who
        self.setObjectName("forget_backups")
        self.setWindowTitle(self.tr("Backups that still hold them"))
        intro = QLabel(result_line + "\n\n" + self.tr(
            "%Ln backup(s) made before still hold this person. Rewrite the checked ones without them (each "
            "stays a good backup of everything else):", "", len(held)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for info in held:
            when = f"{date_text(info.created)} {time_text(info.created)}"
            item = QListWidgetItem(f"{info.label}  ·  {when}  ·  {isolate(info.path.name)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.rewrite_button = buttons.addButton(self.tr("Rewrite checked backups"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep them as they are"), QDialogButtonBox.ButtonRole.RejectRole)
        self.list.setAccessibleName(self.tr("Backups that still hold them"))
        buttons.accepted.connect(self.rewrite)
        buttons.rejected.connect(self.reject)
        self.status = QLabel("")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def checked(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def rewrite(self) -> int:
        done = 0
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in self.checked():
                try:
                    forget.forget_in_backup(path, self.who)
                    done += 1
                except TotalNetError as exc:
                    QMessageBox.warning(self, self.tr("Backups"), str(exc))
        finally:
            self.unsetCursor()
        self.done_count = done
        self.accept()
        return done


def export_person(ctx, parent: QWidget, ids: list[int], say, folder: str | None = None) -> None:
    """Write everything held about the person to a new folder (their vCard, timeline, chapter records)."""
    from totalnet_desktop.core.exchange.person_export import export_person as write

    cid = _one(parent, ids, say)
    if cid is None:
        return
    if folder is None:
        name = contacts.names([cid]).get(cid, "contact")
        folder, _ = QFileDialog.getSaveFileName(
            parent, translate("ForgetPerson", "Export everything about this person to a new folder"),
            str(Path.home() / translate("ForgetPerson", "{name} - TotalNet data").format(name=name)))
        if not folder:
            return
    try:
        say(write(cid, Path(folder)).line())
    except TotalNetError as exc:
        QMessageBox.warning(parent, translate("ForgetPerson", "Export everything about this person"), str(exc))
