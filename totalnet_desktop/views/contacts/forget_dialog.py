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
from totalnet_desktop.i18n import date_text, isolate, time_text, tr_core, translate


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
    except TotalNetError as exc:
        QMessageBox.warning(parent, translate("ForgetPerson", "Forget this person"), tr_core(exc))
        return None
    from totalnet_desktop.views.shell.work_dialog import WorkDialog  # the job machinery loads on use

    log_dir, backup_dir = ctx.paths.log_dir, ctx.paths.backup_dir

    def work(progress, cancelled):
        done = forget.forget(cid, log_dir, progress, cancelled)
        return done, forget.backups_holding(backup_dir, who)

    # Off the GUI thread (seconds on a large database): the window stays responsive; Cancel works
    # until the change is committed and then leaves everything as it was.
    outcome = WorkDialog(translate("Forget", "Forget this person"),
                         translate("Forget", "Forgetting {name}: their records, the mentions of them in "
                                   "other records, the search index and the log lines...").format(name=isolate(name)),
                         parent).run(work, "forget")
    if "cancelled" in outcome:
        say(translate("Forget", "Forgetting was cancelled; nothing was changed."))
        return None
    if "error" in outcome:
        QMessageBox.warning(parent, translate("ForgetPerson", "Forget this person"), outcome["error"])
        return None
    result, held = outcome["result"]
    ctx.bus.changed.emit("all")
    say(tr_core(result.line()))
    if held:
        dialog = BackupRewriteDialog(who, held, tr_core(result.line()), parent)
        dialog.exec()
        # What the dialog did, said where the result line was, as the CLI prints it.
        rewritten = dialog.done_count
        if rewritten:
            say(translate("Forget", "Rewrote %n backup(s) without them.", None, rewritten))
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
            item = QListWidgetItem(f"{tr_core(info.label)}  ·  {when}  ·  {isolate(info.path.name)}")
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
        self.done_count = 0  # backups rewritten (none when the member keeps them as they are)
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
        """Rewrite the checked backups off the GUI thread, one after the other (Cancel stops before the
        next one; each backup is replaced whole or not at all)."""
        from totalnet_desktop.views.shell.work_dialog import WorkDialog

        paths = self.checked()
        who = self.who
        problems: list[str] = []

        def work(progress, cancelled):
            done = 0
            for index, path in enumerate(paths):
                progress(index, len(paths))
                if cancelled():
                    break
                try:
                    forget.forget_in_backup(path, who)
                    done += 1
                except TotalNetError as exc:
                    problems.append(tr_core(exc))
            progress(len(paths), len(paths))
            return done

        count = len(paths)
        text = translate("Forget", "Rewriting %n backup(s) without them...", None, count)
        outcome = WorkDialog(translate("Forget", "Backups that still hold them"), text, self).run(work, "backup rewrite")
        for problem in problems + ([outcome["error"]] if "error" in outcome else []):
            QMessageBox.warning(self, self.tr("Backups"), problem)
        done = outcome.get("result", 0)
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
        say(tr_core(write(cid, Path(folder)).line()))
    except TotalNetError as exc:
        QMessageBox.warning(parent, translate("ForgetPerson", "Export everything about this person"), tr_core(exc))
