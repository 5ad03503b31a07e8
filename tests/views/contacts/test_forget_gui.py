"""Issue 20 in the window: Selection > Forget this person... (its confirmation, the one-line result,
the backups made before listed and rewritten) and Export everything about this person..., on the SQLite
file and on a chapter server (--engine postgres)."""

from __future__ import annotations

from modal_helpers import on_next_modal
from PySide6.QtWidgets import QMessageBox


def _back_up(ctx) -> None:
    """A backup in the backups folder: the SQLite file's online backup, or the server's export."""
    from totalnet_desktop.core.store import backup

    if ctx.session.server:
        from totalnet_desktop.core.store import copy

        copy.copy_database(ctx.session.server, ctx.paths.backup_dir / f"server-20261201-080000{backup.SUFFIX}")
    else:
        backup.manual_backup(ctx.paths.db_path, ctx.paths.backup_dir)


def test_forget_from_the_selection_menu(sample_window, qtbot):
    from totalnet_desktop.views.contacts import forget_dialog

    window = sample_window
    _back_up(window.ctx)
    view = window.screens["contacts"]
    said = []
    seen = {}

    def rewrite(dialog):
        seen["items"] = dialog.list.count()
        dialog.grab().save(str(window.ctx.paths.data_dir / "forget_backups.png"))
        dialog.rewrite()

    on_next_modal(rewrite, kind=forget_dialog.BackupRewriteDialog)
    result = forget_dialog.forget_person(view.ctx, view, [5], said.append, confirm=False)
    assert result is not None and said[-2:] == [result.line(), "Rewrote 1 backup without them."]
    assert seen["items"] == 1
    forget_dialog.forget_person(view.ctx, view, [5, 6], said.append)
    assert said[-1] == "Select one contact first."
    # Everything about a person, from the same menu: their card, timeline and chapter records.
    out = window.ctx.paths.data_dir.parent / "about-them"
    forget_dialog.export_person(view.ctx, view, [6], said.append, folder=str(out))
    assert said[-1].startswith("Wrote 3 files to") and sorted(p.name for p in out.iterdir()) == [
        "chapter_records.csv", "contact.vcf", "timeline.csv"]
    actions = {a.objectName() for a in view.selection_menu.actions()}
    assert {"bulk_forget", "bulk_export_person"} <= actions

    def cancel(box):
        assert "cannot be undone" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_next_modal(cancel, kind=QMessageBox)
    assert forget_dialog.forget_person(view.ctx, view, [6], said.append) is None
