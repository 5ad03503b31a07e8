"""File > Back up now... and File > Restore from backup..., driven with qtbot like a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from totalnet_desktop.core.store import backup, models
from totalnet_desktop.views.shell import backup_dialogs
from totalnet_desktop.views.shell.backup_dialogs import RestoreDialog


def add_contacts(n: int, prefix: str) -> None:
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", last_name="Rossi")


def when_modal(kind, action, seen: list | None = None, tries: int = 300) -> None:
    """Wait for the next modal widget of ``kind`` and act on it (never leaves a test blocked)."""

    def poll(left=tries):
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            if seen is not None:
                seen.append(widget)
            action(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def result_box(window, name: str) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_back_up_now_to_a_chosen_file(main_window, qtbot, tmp_path):
    add_contacts(3, "Amal")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    target = stick / "my-network.sqlite3"

    def choose(dialog: QFileDialog):
        dialog.selectFile(str(target))
        dialog.accept()

    seen: list = []
    when_modal(QFileDialog, choose, seen)
    main_window.findChild(type(main_window.menuBar().actions()[0]), "action_backup").trigger()
    assert seen, "the file dialog was not shown"
    assert target.exists()
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 3
    con.close()
    box = result_box(main_window, "backup_result")
    assert "Backed up 3 contacts" in box.text() and str(target) in box.text()
    assert str(target) in main_window.statusBar().currentMessage()
    box.accept()


def test_back_up_now_cancelled_writes_nothing(main_window, qtbot, tmp_path):
    when_modal(QFileDialog, lambda d: d.reject())
    assert backup_dialogs.backup_now(main_window.ctx, main_window) is None
    assert not list(main_window.ctx.paths.backup_dir.glob("manual-*"))


def test_backup_to_an_impossible_place_says_why_and_leaves_nothing(main_window, qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    assert backup_dialogs.backup_to(main_window.ctx, main_window, blocker / "backup.sqlite3") is None
    box = result_box(main_window, "backup_result")
    assert box.windowTitle() == "Backup failed" and str(blocker / "backup.sqlite3") in box.text()
    assert blocker.read_text() == "a file"
    box.accept()


def test_restore_dialog_lists_date_size_and_contacts(ctx, qtbot):
    add_contacts(2, "Early")
    backup.event_backup(ctx.paths.db_path, ctx.paths.backup_dir, "pre-import")
    add_contacts(3, "Late")
    backup.daily_backup(ctx.paths.db_path, ctx.paths.backup_dir)
    (ctx.paths.backup_dir / "broken.sqlite3").write_bytes(b"nope")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    by_label = {row[1]: row for row in rows}
    assert by_label["Daily backup"][3] == "5" and by_label["Before import"][3] == "2"
    assert by_label["broken.sqlite3"][3] == "unreadable"
    assert all(row[2].endswith(("kB", "MB")) for row in rows)
    assert not dialog.empty_note.isVisibleTo(dialog)
    # The newest readable backup is preselected; the unreadable one cannot be chosen.
    assert dialog.selected_path().name.startswith("daily-")
    broken_row = next(r for r, row in enumerate(rows) if row[1] == "broken.sqlite3")
    dialog.table.selectRow(broken_row)
    assert dialog.selected_path() is None or dialog.selected_path().name != "broken.sqlite3"


def test_restore_from_the_menu_replaces_the_data_and_tells_every_screen(main_window, qtbot):
    ctx = main_window.ctx
    add_contacts(2, "Kept")
    saved = backup.manual_backup(ctx.paths.db_path, ctx.paths.backup_dir)
    add_contacts(4, "Later")
    ctx.bus.changed.emit("contacts")
    assert main_window.statusBar().currentMessage().startswith("6 contacts")
    questions: list = []

    def pick(dialog: RestoreDialog):
        dialog.select_path(saved)
        def answer_yes(box):
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        when_modal(QMessageBox, answer_yes)
        dialog.restore_button.click()

    when_modal(RestoreDialog, pick)
    with qtbot.waitSignal(ctx.bus.changed, timeout=10000) as signal:
        main_window.findChild(type(main_window.menuBar().actions()[0]), "action_restore").trigger()
    assert signal.args == ["all"]
    assert questions and "6 contacts" in questions[0] and "(2 contacts)" in questions[0]
    assert sorted(c.first_name for c in models.Contact.select()) == ["Kept0", "Kept1"]
    assert main_window.statusBar().currentMessage().startswith("2 contacts")
    box = result_box(main_window, "restore_result")
    assert "Restored 2 contacts" in box.text() and "pre-restore" in box.text()
    safety = list(ctx.paths.backup_dir.glob("event-*pre-restore*"))
    assert len(safety) == 1 and backup.inspect(safety[0]).contacts == 6
    box.accept()


def test_restore_declined_changes_nothing(main_window, qtbot):
    ctx = main_window.ctx
    add_contacts(1, "Only")
    saved = backup.manual_backup(ctx.paths.db_path, ctx.paths.backup_dir)
    add_contacts(1, "Second")
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert backup_dialogs.restore_file(ctx, main_window, saved) is False
    assert models.Contact.select().count() == 2
    assert not list(ctx.paths.backup_dir.glob("event-*pre-restore*"))


def test_restoring_a_file_that_is_not_a_backup_says_so_and_keeps_the_data(main_window, qtbot, tmp_path):
    ctx = main_window.ctx
    add_contacts(2, "Safe")
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 jpeg data")
    before = Path(ctx.paths.db_path).stat().st_size
    assert backup_dialogs.restore_file(ctx, main_window, bogus, confirm=False) is False
    box = result_box(main_window, "restore_result")
    assert box.windowTitle() == "Restore failed"
    assert "not a TotalNet backup" in box.text() and "not changed" in box.text()
    assert models.Contact.select().count() == 2 and Path(ctx.paths.db_path).stat().st_size == before
    box.accept()


def test_the_restore_dialog_restores_the_oldest_backup_and_keeps_it(main_window, qtbot):
    """The pre-restore backup's pruning never removes the backup being restored (the same core)."""
    ctx = main_window.ctx
    made = []
    for i in range(backup.EVENT_KEEP):
        add_contacts(1, f"Step{i}-")
        made.append(backup.event_backup(ctx.paths.db_path, ctx.paths.backup_dir, "pre-import"))
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert backup_dialogs.restore_file(ctx, main_window, made[0])
    assert made[0].exists() and [c.first_name for c in models.Contact.select()] == ["Step0-0"]
    result_box(main_window, "restore_result").accept()
