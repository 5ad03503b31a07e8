"""Issue 12 / 20: damage found while the window is open (a query meets a damaged page) brings up the same
recovery dialog as at start-up, never the error dialog; a protected (encrypted) file too. The restored
backup is opened in place and the damaged file is kept aside."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from totalnet_desktop import app as app_mod
from totalnet_desktop.core.store import backup, cipher, protect
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Contact, database
from totalnet_desktop.views.shell.crash_dialog import CrashDialog
from totalnet_desktop.views.shell.recovery_dialog import RecoveryDialog

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def own_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    cipher.set_passphrase(None)


def _add(n: int, prefix: str) -> None:
    with database.atomic():
        for i in range(n):
            Contact.create(first_name=f"{prefix}{i}", last_name="Khan", notes="n" * 300)


def _damage_plain(db_path) -> None:
    """The contact table's page holding 'Good300' is overwritten; header and schema stay sound."""
    con = sqlite3.connect(db_path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = db_path.read_bytes()
    at = data.index(b"Good300")
    while b"n" * 300 not in data[at - at % page_size:at - at % page_size + page_size]:
        at = data.index(b"Good300", at + 1)
    with open(db_path, "r+b") as fh:
        fh.seek(at - at % page_size)
        fh.write(b"\xa5" * page_size)


def _damage_protected(db_path) -> None:
    """Pages in the middle of an encrypted file are overwritten (the first pages, with the schema, stay)."""
    size, page = db_path.stat().st_size, 4096
    pages = size // page
    with open(db_path, "r+b") as fh:
        for n in range(pages // 3, pages - 2):
            fh.seek(n * page)
            fh.write(b"\xa5" * page)


def _run(main_window, qtbot, session, choose_restore: bool = True):
    """A query over every contact in a slot of the running app; answer the dialog that comes."""
    app_mod.install_excepthook(lambda: main_window, None,
                               on_damage=lambda exc: app_mod._damaged_later(QApplication.instance(), main_window,
                                                                            exc, session.paths.data_dir))
    seen: list = []

    def answer(left=500):
        box = QApplication.activeModalWidget()
        if isinstance(box, RecoveryDialog):
            seen.append(("recovery", box.text()))
            (box.restore_button if choose_restore else box.quit_button).click()
        elif isinstance(box, CrashDialog):
            seen.append(("crash", box.details))
            box.reject()
        elif left:
            QTimer.singleShot(10, lambda: answer(left - 1))

    QTimer.singleShot(0, answer)
    QTimer.singleShot(0, lambda: [c.notes for c in Contact.select()])
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    return seen


@pytest.mark.qt_no_exception_capture
def test_a_damaged_page_met_later_offers_the_recovery_dialog_and_restores_in_place(main_window, qtbot, session):
    _add(600, "Good")
    backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import")
    _add(5, "Later")  # lost with the damage: the backup is from before
    db_mod.close_database()
    _damage_plain(session.db_path)
    seen = _run(main_window, qtbot, session)
    assert seen[0][0] == "recovery" and "is damaged" in seen[0][1], seen
    qtbot.waitUntil(lambda: Contact.select().count() == 600, timeout=10000)
    aside = list(session.db_path.parent.glob("totalnet-damaged-*.sqlite3"))
    assert len(aside) == 1
    assert main_window.isVisible()
    assert [kind for kind, _ in seen] == ["recovery"]  # no error dialog


@pytest.mark.qt_no_exception_capture
def test_a_damaged_protected_file_gets_the_recovery_dialog_too(main_window, qtbot, session):
    pytest.importorskip("sqlcipher3")  # the optional encryption extra (.ci/run installs it for these tests)
    _add(600, "Good")
    protect.change_key(session.db_path, session.paths.backup_dir, PASSPHRASE)
    backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import")
    db_mod.close_database()
    _damage_protected(session.db_path)
    seen = _run(main_window, qtbot, session)
    assert seen[0][0] == "recovery" and "is damaged" in seen[0][1], seen
    qtbot.waitUntil(lambda: Contact.select().count() == 600, timeout=10000)
    # The restored file is protected with the same passphrase, as its backup was.
    assert session.db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert [kind for kind, _ in seen] == ["recovery"]


@pytest.mark.qt_no_exception_capture
def test_another_database_error_on_a_sound_file_still_gets_the_error_dialog(main_window, qtbot, session):
    app_mod.install_excepthook(lambda: main_window, None,
                               on_damage=lambda exc: app_mod._damaged_later(QApplication.instance(), main_window,
                                                                            exc, session.paths.data_dir))
    seen: list = []

    def answer(left=500):
        box = QApplication.activeModalWidget()
        if isinstance(box, (RecoveryDialog, CrashDialog)):
            seen.append(type(box).__name__)
            box.done(0)
        elif left:
            QTimer.singleShot(10, lambda: answer(left - 1))

    QTimer.singleShot(0, answer)
    QTimer.singleShot(0, lambda: database.execute_sql("SELECT * FROM no_such_table"))
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen == ["CrashDialog"]
    assert Contact.select().count() >= 0  # the app's handle works again
