"""Issue 20 in the window: Protect with a passphrase (Preferences), the start-up prompt (three tries),
Lock (Ctrl+Shift+L and idle minutes, Meeting day spared). Forget from the Selection menu, which needs no
passphrase and runs on both engines: tests/views/contacts/test_forget_gui.py."""

from __future__ import annotations

import time

import pytest
from modal_helpers import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.store import cipher
from totalnet_desktop.core.store import db as db_mod

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"



def _protect(window, qtbot, tmp_path=None):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog
    from totalnet_desktop.views.shell.privacy import NO_RECOVERY, ProtectDialog

    prefs_dialog = PreferencesDialog(window.ctx, window)
    qtbot.addWidget(prefs_dialog)
    assert prefs_dialog.protect_button.text() == "Protect with a passphrase..."
    assert not prefs_dialog.lock_minutes.isEnabled()
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, ProtectDialog)
        seen["said"] = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
        dialog.first.setText(PASS)
        dialog.second.setText(PASS + "x")
        dialog.protect_button.click()
        seen["differ"] = dialog.error.text()
        dialog.second.setText(PASS)
        dialog.protect_button.click()

    on_next_modal(fill)
    line = prefs_dialog.open_protect()
    assert NO_RECOVERY in seen["said"] and "exports stay plain" in seen["said"].replace("CSV and vCard ", "")
    assert seen["differ"] == "The two passphrases differ."
    assert "protected with your passphrase" in line
    assert prefs_dialog.protect_button.text() == "Change or remove..." and prefs_dialog.lock_minutes.isEnabled()
    prefs_dialog.close()


def test_protect_then_lock_and_unlock(sample_window, qtbot):
    window = sample_window
    window.lock()  # without a passphrase: a status line, no lock
    assert not window.locker.locked and "passphrase first" in window.statusBar().currentMessage()
    _protect(window, qtbot)
    assert cipher.passphrase() == PASS
    assert window.ctx.paths.db_path.read_bytes()[:16] != cipher.SQLITE_MAGIC

    window.activateWindow()  # the closed dialogs took activation with them
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.locker.locked
    lock_screen = window.centralWidget()
    assert lock_screen.objectName() == "lock_screen"
    assert not window.screens["contacts"].isVisible() and not window.menuBar().isEnabled()
    window.grab().save(str(window.ctx.paths.data_dir / "locked.png"))
    assert lock_screen.field.width() >= 280  # room for a long passphrase
    lock_screen.field.setText("wrong passphrase")
    lock_screen.try_unlock()
    assert window.locker.locked and lock_screen.error.text() == "That is not the passphrase. (2 tries left.)"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # screen keys are off
    assert window.locker.locked
    lock_screen.field.setText(PASS)
    lock_screen.try_unlock()
    assert not window.locker.locked and window.screens["contacts"].isVisible() and window.menuBar().isEnabled()


def test_idle_lock_waits_while_meeting_day_is_in_front_during_a_meeting(sample_window, qtbot):
    """The issue: the check-in can be exempted "for the meeting's length": Meeting day in front and a
    meeting going on now; the same screen left in front with no meeting running locks."""
    import datetime as dt

    from totalnet_desktop.core.store import prefs
    from totalnet_desktop.core.store.models import Chapter, Meeting

    window = sample_window
    _protect(window, qtbot)
    Meeting.update(status="closed").where(Meeting.date == dt.date.today()).execute()
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    prefs_dialog = PreferencesDialog(window.ctx, window)  # the member sets the minutes in Preferences
    qtbot.addWidget(prefs_dialog)
    prefs_dialog.lock_minutes.setValue(5)
    prefs_dialog.close()
    assert prefs.get("lock_idle_minutes") == 5
    window.locker.last_input = time.monotonic() - 4 * 60
    window.locker.check_idle()
    assert not window.locker.locked
    window.show_screen("meeting")
    window.locker.last_input = time.monotonic() - 6 * 60
    window.locker.check_idle()
    assert window.locker.locked  # Meeting day in front, but no meeting now: it locks
    window.locker.unlock(PASS)
    chapter = Chapter.select().first()
    now = dt.datetime.now()
    Chapter.update(start_time=f"{now:%H:%M}").where(Chapter.id == chapter.id).execute()
    Meeting.delete().where((Meeting.chapter == chapter.id) & (Meeting.date == now.date())).execute()
    Meeting.create(chapter=chapter.id, date=now.date(), status="open")
    window.locker.last_input = time.monotonic() - 6 * 60
    window.locker.check_idle()
    assert not window.locker.locked  # a meeting is going on: the check-in stays open
    window.show_screen("contacts")
    window.locker.check_idle()
    assert window.locker.locked  # another screen in front: locks even during the meeting
    window.locker.unlock(PASS)
    window.show_screen("meeting")
    window.locker.last_input = time.monotonic() - 6 * 60
    prefs.set("lock_spare_meeting_day", False)
    window.locker.check_idle()
    assert window.locker.locked
    window.locker.unlock(PASS)
    prefs.set("lock_idle_minutes", 0)  # never
    window.locker.last_input = time.monotonic() - 600 * 60
    window.locker.check_idle()
    assert not window.locker.locked


def test_start_up_prompt_gives_three_tries(data_dir, qapp, qtbot):
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.core.store import protect
    from totalnet_desktop.core.store.session import open_session
    from totalnet_desktop.views.shell.privacy import PassphrasePrompt
    from totalnet_desktop.views.shell.recovery_dialog import open_session_with_recovery

    session = open_session()
    loader.generate()
    protect.change_key(session.db_path, session.paths.backup_dir, PASS)
    db_mod.close_database()
    cipher.set_passphrase(None)
    errors = []

    def three_wrong(dialog):
        assert isinstance(dialog, PassphrasePrompt)
        for attempt in range(3):
            dialog.field.setText(f"wrong {attempt}")
            dialog.try_it()
            errors.append(dialog.error.text())

    on_next_modal(three_wrong)
    assert open_session_with_recovery() is None
    assert errors[0] == f"That passphrase does not open {session.db_path}. (2 tries left.)"
    assert "1 try left" in errors[1] and "No tries left" in errors[2]

    def right_second_time(dialog):
        dialog.field.setText("nope nope")
        dialog.try_it()
        dialog.field.setText(PASS)
        dialog.try_it()

    on_next_modal(right_second_time)
    opened = open_session_with_recovery()
    assert opened is not None and opened.protected


def test_protecting_runs_in_a_progress_window_and_cancel_leaves_the_data_plain(sample_window, qtbot):
    """Issue 20: the conversion runs off the GUI thread with a progress bar; Cancel leaves the database,
    its backups and the data folder as they were."""
    from totalnet_desktop.core.store.models import Contact, database
    from totalnet_desktop.views.shell.privacy import ProtectDialog
    from totalnet_desktop.views.shell.work_dialog import WorkDialog

    window = sample_window
    with database.atomic():  # enough rows that the copy takes a while on any machine
        rows = [{"first_name": f"Bulk{i}", "last_name": "Person", "notes": "n" * 200} for i in range(40000)]
        for start in range(0, len(rows), 500):
            Contact.insert_many(rows[start:start + 500]).execute()
    count = Contact.select().count()
    files = sorted(p.name for p in window.ctx.paths.data_dir.rglob("*.sqlite3"))
    dialog = ProtectDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    seen = {}

    def cancel(work):
        seen["title"] = work.windowTitle()
        seen["responsive"] = work.isVisible()
        work.grab().save(str(window.ctx.paths.data_dir.parent / "work_dialog.png"))
        work.cancel_button.click()

    on_next_modal(cancel, kind=WorkDialog)
    dialog.protect_button.click()
    assert seen["title"] == "Protect with a passphrase" and seen["responsive"]
    assert dialog.error.text() == "Cancelled; nothing was changed."
    assert cipher.passphrase() is None
    assert window.ctx.paths.db_path.read_bytes()[:16] == cipher.SQLITE_MAGIC
    assert Contact.select().count() == count
    assert sorted(p.name for p in window.ctx.paths.data_dir.rglob("*.sqlite3")) == files
    assert not list(window.ctx.paths.data_dir.rglob("*.converting"))


def test_three_wrong_passphrases_at_the_lock_close_totalnet(sample_window, qtbot, monkeypatch):
    """The lock gives three tries, as the start prompt does: then TotalNet closes, and the next start
    asks for the passphrase (each try there costs the key's stretching)."""
    from totalnet_desktop.views.shell import privacy

    window = sample_window
    _protect(window, qtbot)
    monkeypatch.setattr(privacy, "CLOSE_AFTER_MS", 50)
    window.lock()
    lock_screen = window.centralWidget()
    for attempt in range(2):
        lock_screen.field.setText(f"wrong {attempt}")
        lock_screen.try_unlock()
    assert "1 try left" in lock_screen.error.text() and window.isVisible()
    lock_screen.field.setText("wrong again")
    lock_screen.try_unlock()
    assert lock_screen.error.text() == "That is not the passphrase. No tries left."
    assert not lock_screen.field.isEnabled() and not lock_screen.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.locker.locked  # closed locked: nothing of the data was shown again


def test_the_export_dialog_says_exports_stay_plain_when_the_data_is_protected(sample_window, qtbot):
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog

    window = sample_window
    plain = ExportDialog(window.ctx, window)
    qtbot.addWidget(plain)
    assert "not encrypted" not in plain.note.text()  # nothing to say about a plain database
    _protect(window, qtbot)
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible() and "Exports are not encrypted, even though your database is: other " \
        "programs must read them." in dialog.note.text()


def test_a_wrong_passphrase_is_one_sentence_in_arabic_too(data_dir, qapp, qtbot):
    from totalnet_desktop import i18n
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.core.store import protect
    from totalnet_desktop.core.store.session import open_session
    from totalnet_desktop.views.shell.privacy import PassphrasePrompt, ProtectDialog

    session = open_session()
    loader.generate()
    i18n.install("ar")
    try:
        from totalnet_desktop.views.shell.context import AppContext

        dialog = ProtectDialog(AppContext(session))
        qtbot.addWidget(dialog)
        dialog.first.setText("abc")
        dialog.second.setText("abc")
        dialog.protect()
        assert dialog.error.text() and not any("a" <= ch.lower() <= "z" for ch in dialog.error.text())
        protect.change_key(session.db_path, session.paths.backup_dir, PASS)
        prompt = PassphrasePrompt("t", "x", lambda text: cipher.check_key(session.db_path, text))
        qtbot.addWidget(prompt)
        prompt.field.setText("wrong wrong")
        prompt.try_it()
        said = prompt.error.text().replace(str(session.db_path), "")
        assert said and not any("a" <= ch.lower() <= "z" for ch in said), said
    finally:
        i18n.install("en")


def test_the_lock_hides_an_open_dialog_and_unlocking_brings_it_back(sample_window, qtbot):
    """An open dialog shows data too (an editor, an export): hidden behind the lock, back after it."""
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog

    window = sample_window
    _protect(window, qtbot)
    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window.lock()
    assert not dialog.isVisible() and window.centralWidget().objectName() == "lock_screen"
    window.centralWidget().field.setText(PASS)
    window.centralWidget().try_unlock()
    assert not window.locker.locked and dialog.isVisible()


def test_ctrl_shift_l_locks_from_inside_an_open_dialog_too(sample_window, qtbot):
    """With a dialog open (the window's own keys do not reach it), Ctrl+Shift+L still locks; the lock
    takes the keys and the dialog comes back after unlocking."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window = sample_window
    _protect(window, qtbot)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    seen = {}

    def press_lock(opened):
        opened.activateWindow()
        qtbot.keyClick(opened.findChild(QLineEdit), Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        seen["locked"] = window.locker.locked
        seen["dialog hidden"] = not opened.isVisible()
        lock_screen = window.centralWidget()
        lock_screen.field.setText(PASS)
        lock_screen.try_unlock()
        seen["back"] = opened.isVisible() and not window.locker.locked

    on_next_modal(press_lock)
    dialog.exec()
    assert seen == {"locked": True, "dialog hidden": True, "back": True}
    # The lock hid the dialog between the key's press and its release, so QTest never sent the releases of
    # Ctrl and Shift: Qt would keep them held for the next tests (a selectRow then selected nothing).
    qtbot.keyRelease(window, Qt.Key.Key_Shift)
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
