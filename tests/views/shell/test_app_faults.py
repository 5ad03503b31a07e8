"""Faults in the GUI: a clear dialog and exit status 2 for unusable data; unexpected errors shown and
logged while the app keeps running. Dialogs are driven by a timer, never left blocking."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop import app as app_mod
from totalnet_desktop.views.shell.crash_dialog import CrashDialog


@pytest.fixture(autouse=True)
def fresh_logging(monkeypatch):
    """setup_logging() adds its handler once per process; give each test its own log file."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()

    def drop():
        for handler in [h for h in root.handlers if getattr(h, "_totalnet", False)]:
            root.removeHandler(handler)
            handler.close()

    drop()
    yield
    drop()


def answer_next_message_box(seen: list, tries: int = 250) -> None:
    """Poll for the next modal QMessageBox, record (title, text, details) and dismiss it."""

    def poll(left=tries):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.detailedText()))
            box.done(0)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def test_data_folder_that_cannot_be_created_gives_a_dialog_and_exit_2(tmp_path, qapp, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    seen: list = []
    answer_next_message_box(seen)
    assert app_mod.run_gui(str(blocker / "data")) == 2
    assert len(seen) == 1
    title, text, _details = seen[0]
    assert "cannot open your data" in title
    assert "Cannot create the data folder" in text and str(blocker) in text
    err = capsys.readouterr().err.strip().splitlines()
    assert any(line.startswith("totalnet: Cannot create the data folder") for line in err)
    assert blocker.read_text() == "in the way"


def test_database_that_is_not_sqlite_gives_a_dialog_exit_2_and_stays_untouched(tmp_path, qapp):
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "totalnet.sqlite3"
    content = b"PK\x03\x04 this is a zip file, not a database"
    target.write_bytes(content)
    seen: list = []
    answer_next_message_box(seen)
    assert app_mod.run_gui(str(folder)) == 2
    assert len(seen) == 1 and "not an SQLite file" in seen[0][1] and str(target) in seen[0][1]
    assert target.read_bytes() == content
    # Nothing renamed, copied or journalled beside it (a lock file of the running app may exist).
    assert [p.name for p in folder.iterdir() if p.name.startswith("totalnet.sqlite3")] == ["totalnet.sqlite3"]


def test_run_gui_opens_the_window_and_closing_it_exits_0(tmp_path, qapp):
    folder = tmp_path / "data"
    shown: list = []

    def close_main_window(left=250):
        windows = [w for w in QApplication.topLevelWidgets()
                   if type(w).__name__ == "MainWindow" and w.isVisible()]
        if windows:
            shown.append(windows[0].windowTitle())
            windows[0].close()
        elif left > 0:
            QTimer.singleShot(20, lambda: close_main_window(left - 1))

    QTimer.singleShot(0, close_main_window)
    # Fail, don't hang, if it never closes; stopped afterwards, or it would end a later test's loop.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(10000)
    try:
        status = app_mod.run_gui(str(folder))
    finally:
        guard.stop()
    assert status == 0
    assert shown and "TotalNet" in shown[0]
    assert (folder / "totalnet.sqlite3").stat().st_size > 0


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_shown_with_details_logged_and_the_app_keeps_running(main_window, qtbot, tmp_path):
    log_file = tmp_path / "logs" / "totalnet.log"
    app_mod.setup_logging(log_file)
    app_mod.install_excepthook(lambda: main_window, log_file)
    logging.getLogger("totalnet_desktop.test").info("opened the contact layla@example.com, +971 55 555 0107")
    seen: list = []

    def answer(left=300):
        box = QApplication.activeModalWidget()
        if isinstance(box, CrashDialog):
            box.copy_button.click()
            seen.append((box.windowTitle(), box.details, QApplication.clipboard().text()))
            box.reject()
        elif left:
            QTimer.singleShot(10, lambda: answer(left - 1))

    def broken_slot():
        raise RuntimeError("the sample slot failed for 'Layla Haddad'")

    QTimer.singleShot(0, answer)
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    title, details, copied = seen[0]
    assert "unexpected error" in title
    assert copied == details
    assert "Traceback" in details and "broken_slot" in details and "RuntimeError: the sample slot failed" in details
    assert "TotalNet " in details and "Python" in details and "Recent log lines:" in details
    # No personal data: the quoted name, the e-mail and the phone number from the log are masked.
    assert "Layla" not in details and "layla@example.com" not in details and "555 0107" not in details
    assert "<e-mail>" in details and "<number>" in details
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error RuntimeError" in logged and "broken_slot" in logged
    # The exception's own words stay out of the log: they may hold a name or a note (issue 20).
    assert "RuntimeError: the sample slot failed" not in logged
    assert "Layla" not in logged  # nor the frames' source lines (the raise above names her)
    crash_log = (log_file.parent / "crash.log").read_text(encoding="utf-8")
    assert "broken_slot" in crash_log and "Layla" not in crash_log  # the crash record is masked like the details
    # Still running: the window is up and the keyboard still switches screens.
    assert main_window.isVisible()
    main_window.activateWindow()  # the closed dialog took activation with it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "meeting"


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_error_dialog_is_open_are_logged_not_stacked(main_window, qtbot, tmp_path):
    log_file = tmp_path / "logs" / "totalnet.log"
    app_mod.setup_logging(log_file)
    app_mod.install_excepthook(lambda: main_window)
    seen: list = []
    raised: list = []
    modal_seen: list = []

    def broken():
        raised.append(1)
        raise ValueError(f"failure number {len(raised)}")

    def step(left=400):
        box = QApplication.activeModalWidget()
        if isinstance(box, CrashDialog):
            modal_seen.append(box)
            if len(raised) == 1 and len(modal_seen) == 1:
                # Two more failures while the first dialog is open (e.g. a repaint behind it).
                QTimer.singleShot(0, broken)
                QTimer.singleShot(5, broken)
            elif len(raised) >= 3:
                seen.append(box.details)
                box.done(0)
                return
        if left > 0:
            QTimer.singleShot(10, lambda: step(left - 1))

    QTimer.singleShot(0, broken)
    QTimer.singleShot(0, step)
    qtbot.waitUntil(lambda: bool(seen), timeout=8000)
    qtbot.wait(30)
    assert len(seen) == 1 and "failure number 1" in seen[0]
    assert len({id(box) for box in modal_seen}) == 1, "one dialog, not one per error"
    assert QApplication.activeModalWidget() is None
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("unexpected error ValueError") == len(raised) == 3
