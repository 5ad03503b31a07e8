"""The desktop app meets bad data at start-up: a damaged or foreign file (recovery dialog), a file from a
newer TotalNet, read-only files and folders. Each case through ``app.run_gui`` with real dialogs,
answered by timers."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop import app as app_mod
from totalnet_desktop.core.store import backup, migrations, models
from totalnet_desktop.core.store import db as db_mod


@pytest.fixture(autouse=True)
def no_stray_logging():
    """run_gui() adds a log handler to the root logger; remove it after each test."""
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def make_data(folder, n: int, prefix: str = "Member"):
    """A data folder with n contacts, closed as after a normal quit."""
    folder.mkdir(parents=True, exist_ok=True)
    db_mod.open_database(folder / "totalnet.sqlite3")
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", notes="z" * 200)
    db_mod.close_database()
    return folder / "totalnet.sqlite3"


def damage(path) -> bytes:
    data = bytearray(path.read_bytes())
    data[4096: 4096 * 6] = b"\x5a" * (4096 * 5)
    path.write_bytes(bytes(data))
    return bytes(data)


def answer(seen: list, button_name: str | None = None, close_window: bool = True) -> None:
    """Record the next modal message (title, text, informative text), press a button (by object name;
    default: dismiss), then close the main window if one opens."""

    def poll(left=400):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.informativeText(),
                         sorted(b.objectName() for b in box.buttons())))
            buttons = {b.objectName(): b for b in box.buttons()}
            if button_name and button_name in buttons:
                buttons[button_name].click()
            else:
                box.done(0)
            if close_window:
                QTimer.singleShot(0, close_main)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def close_main(left=400):
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    if windows:
        windows[0].close()
    elif left > 0:
        QTimer.singleShot(20, lambda: close_main(left - 1))


def run(folder) -> int:
    # Fail rather than hang; stopped afterwards so it cannot end an event loop of a later test.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(20000)
    try:
        return app_mod.run_gui(str(folder))
    finally:
        guard.stop()


def test_damaged_file_restore_the_latest_good_backup(tmp_path, qapp):
    folder = tmp_path / "data"
    db_path = make_data(folder, 5)
    backup.daily_backup(db_path, folder / "backups", dt.date.today() - dt.timedelta(days=1))
    content = damage(db_path)
    seen: list = []
    answer(seen, "recovery_restore")
    assert run(folder) == 0
    title, text, info, buttons = seen[0]
    assert "cannot open your data" in title and "damaged" in text and str(db_path) in text
    assert "5 contacts" in info and "nothing is deleted" in info
    assert buttons == ["recovery_empty", "recovery_quit", "recovery_restore"]
    aside = list(folder.glob("totalnet-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 5
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    # Today's daily backup was made from the restored, sound file.
    todays = [p for p in (folder / "backups").glob(f"daily-{dt.date.today():%Y%m%d}-*")]
    assert len(todays) == 1 and backup.inspect(todays[0]).contacts == 5


def test_foreign_file_without_backups_start_empty(tmp_path, qapp):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "totalnet.sqlite3").write_bytes(b"%PDF-1.7 somebody saved a PDF here")
    seen: list = []
    answer(seen, "recovery_empty")
    assert run(folder) == 0
    assert "not an SQLite file" in seen[0][1] and "no good backup" in seen[0][2]
    assert "recovery_restore" not in seen[0][3]
    aside = list(folder.glob("totalnet-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"%PDF-1.7 somebody saved a PDF here"
    con = sqlite3.connect(folder / "totalnet.sqlite3")
    assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    con.close()


def test_damaged_file_quit_changes_nothing(tmp_path, qapp):
    folder = tmp_path / "data"
    db_path = make_data(folder, 3)
    content = damage(db_path)
    seen: list = []
    answer(seen, "recovery_quit", close_window=False)
    assert run(folder) == 2
    assert db_path.read_bytes() == content and not list(folder.glob("*damaged*"))
    assert not list((folder / "backups").glob("daily-*")) if (folder / "backups").exists() else True


def test_newer_database_is_refused_naming_both_versions_and_left_untouched(tmp_path, qapp, capsys):
    folder = tmp_path / "data"
    db_path = make_data(folder, 2)
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.close()
    content = db_path.read_bytes()
    seen: list = []
    answer(seen, close_window=False)
    assert run(folder) == 2
    text = seen[0][1]
    assert f"schema version {migrations.CURRENT_VERSION + 1}" in text
    assert f"up to version {migrations.CURRENT_VERSION}" in text and "update" in text.lower()
    assert db_path.read_bytes() == content
    assert not (folder / "backups").exists() or not list((folder / "backups").iterdir())
    assert "newer TotalNet" in capsys.readouterr().err


@contextlib.contextmanager
def read_only(path):
    """Make a file or folder read-only for real, even for root (chattr +i); skip where impossible."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
            pytest.skip("chattr +i is not available here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=False)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def test_read_only_database_file_is_a_clear_message(tmp_path, qapp):
    folder = tmp_path / "data"
    db_path = make_data(folder, 2)
    backup.daily_backup(db_path, folder / "backups")  # not the first start today
    content = db_path.read_bytes()
    seen: list = []
    with read_only(db_path):
        answer(seen, close_window=False)
        assert run(folder) == 2
    assert "read-only" in seen[0][1] and str(db_path) in seen[0][1]
    assert db_path.read_bytes() == content


def test_read_only_data_folder_is_a_clear_message(tmp_path, qapp):
    folder = tmp_path / "data"
    db_path = make_data(folder, 2)
    (folder / "logs").mkdir(exist_ok=True)
    content = db_path.read_bytes()
    names = sorted(p.name for p in folder.iterdir())
    seen: list = []
    with read_only(folder):
        answer(seen, close_window=False)
        assert run(folder) == 2
    assert "not writable" in seen[0][1] and str(folder) in seen[0][1]
    assert db_path.read_bytes() == content and sorted(p.name for p in folder.iterdir()) == names


def test_first_start_of_the_day_checks_and_backs_up_once(tmp_path, qapp):
    folder = tmp_path / "data"
    make_data(folder, 4)
    for _ in range(2):
        QTimer.singleShot(0, close_main)
        assert run(folder) == 0
    daily = list((folder / "backups").glob("daily-*.sqlite3"))
    assert len(daily) == 1 and backup.inspect(daily[0]).contacts == 4


@pytest.mark.parametrize("damage", ["pages", "salt"])
def test_damaged_protected_file_at_start_gets_the_recovery_dialog(tmp_path, qapp, monkeypatch, damage):
    """Issue 20: a protected (encrypted) file whose key is right but whose pages are damaged (or whose
    first 16 bytes, the salt of its key, are destroyed) gets the same recovery dialog as a plain one;
    the restored backup is protected with the same passphrase."""
    pytest.importorskip("sqlcipher3")
    from totalnet_desktop.core.store import cipher, protect
    from totalnet_desktop.core.store.session import open_session

    passphrase = "correct horse battery staple"
    folder = tmp_path / "data"
    db_path = make_data(folder, 400)
    session = open_session(folder)
    protect.change_key(session.db_path, session.paths.backup_dir, passphrase)
    backup.daily_backup(db_path, folder / "backups", dt.date.today() - dt.timedelta(days=1))
    db_mod.close_database()
    cipher.set_passphrase(None)
    data = bytearray(db_path.read_bytes())
    pages = len(data) // 4096
    if damage == "pages":
        data[4096 * (pages // 3): 4096 * (pages - 2)] = b"\x5a" * (4096 * (pages - 2 - pages // 3))
    else:
        data[:16] = bytes(range(16, 32))
    db_path.write_bytes(bytes(data))
    monkeypatch.setenv("TOTALNET_PASSPHRASE", passphrase)
    seen: list = []
    answer(seen, "recovery_restore")
    try:
        assert run(folder) == 0
    finally:
        cipher.set_passphrase(None)
    title, text, _info, buttons = seen[0]
    assert "cannot open your data" in title and "damaged" in text, seen
    assert "recovery_restore" in buttons
    assert len(list(folder.glob("totalnet-damaged-*.sqlite3"))) == 1
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"  # still protected
    con = cipher.connect(str(db_path), passphrase)
    try:
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 400
    finally:
        con.close()
